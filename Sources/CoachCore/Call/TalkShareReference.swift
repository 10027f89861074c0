/// The talk-to-listen ratio that converts best (Gong Labs, 25,537 calls), as the gauges and reports show it.
public enum TalkShareReference {
    /// The rep's share of the talking in the best calls, in percent.
    public static let bestRepShare = 43.0
    /// Past this rep share the rep is taking the customer's part of the best ratio: the gauge turns red.
    public static let cautionRepShare = 100 - bestRepShare
    public static let ratio = "43:57"
}
