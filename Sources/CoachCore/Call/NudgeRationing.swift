/// Decides which flag, if any, earns the coach line: a rep on a call can read one nudge, not a wall.
/// Only strong evidence of a barrier at warning or above interrupts; after a nudge, the line stays quiet
/// for `interval` seconds of call time whatever shows next; strengths are praised in the review, not on
/// the line. Every flag still shows under its note.
public struct NudgeRationing: Sendable {
    /// Two minutes of call time: long enough that a rep on a call is not nagged, short enough to matter.
    public static let defaultInterval = 120.0
    /// A minute of call time: a nudge still showing after that is about a moment the call has left.
    public static let fadeAfter = 60.0

    public var interval: Double
    private var lastNudge: Double?

    public init(interval: Double = defaultInterval) { self.interval = interval }

    /// Whether a flag may interrupt the rep at all.
    public static func mayNudge(_ flag: Flag) -> Bool {
        flag.barrier != nil && flag.severity >= .warning && flag.evidenceStrength == .strong
    }

    public mutating func pick(from flags: [Flag], at elapsed: Double) -> Flag? {
        if let lastNudge, elapsed - lastNudge < interval { return nil }
        guard let chosen = flags.filter(Self.mayNudge).max(by: { $0.severity < $1.severity }) else { return nil }
        lastNudge = elapsed
        return chosen
    }
}
