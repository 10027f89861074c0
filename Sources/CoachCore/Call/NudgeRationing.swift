/// Decides which flag, if any, earns the coach line: a rep on a call can read one nudge, not a wall.
/// Suggestions never interrupt; a barrier already nudged is quiet for `interval` seconds of call time;
/// strengths are praised in the review, not on the line.
public struct NudgeRationing: Sendable {
    /// Two minutes of call time: long enough that a rep on a call is not nagged, short enough to matter.
    public static let defaultInterval = 120.0
    /// A minute of call time: a nudge still showing after that is about a moment the call has left.
    public static let fadeAfter = 60.0

    public var interval: Double
    private var lastNudged: [Barrier: Double] = [:]

    public init(interval: Double = defaultInterval) { self.interval = interval }

    public mutating func pick(from flags: [Flag], at elapsed: Double) -> Flag? {
        let candidates = flags.filter { flag in
            guard let barrier = flag.barrier, flag.severity >= .warning else { return false }
            return lastNudged[barrier].map { elapsed - $0 >= interval } ?? true
        }
        guard let chosen = candidates.max(by: { $0.severity < $1.severity }), let barrier = chosen.barrier else { return nil }
        lastNudged[barrier] = elapsed
        return chosen
    }
}
