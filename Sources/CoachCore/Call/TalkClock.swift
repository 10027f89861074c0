/// Who holds the floor and for how long: Tab passes it, pause stops the count (hold music, silence).
/// Nothing is counted until the clock is started, when the call connects.
public struct TalkClock: Sendable, Equatable {
    public enum Holder: String, Sendable, Codable { case me, them }

    public private(set) var holder: Holder = .me
    public private(set) var isPaused = false
    public private(set) var repSeconds: Double = 0
    public private(set) var customerSeconds: Double = 0
    /// When the count last settled; nil until the clock is started.
    private var since: Double?

    /// A clock that has not started: the call has not connected yet.
    public init() {}

    /// The clock of a call resumed `elapsed` seconds in, counting from `now`, with the floor as it was passed
    /// (`changes`; the rep holds it from the start until the first), so the talk share goes on from where it was.
    public init(resuming changes: [(elapsed: Int, holder: Holder)], elapsed: Int, at now: Double) {
        since = now
        for segment in FloorSegment.from(changes: changes, duration: elapsed) {
            if segment.holder == .me { repSeconds += Double(segment.length) } else { customerSeconds += Double(segment.length) }
        }
        holder = changes.last?.holder ?? .me
    }

    /// Starts counting, with the floor where it is; a clock already started is left as it is.
    public mutating func start(at now: Double) {
        if since == nil { since = now }
    }

    public mutating func passFloor(at now: Double) {
        settle(at: now)
        holder = holder == .me ? .them : .me
    }

    public mutating func togglePause(at now: Double) {
        settle(at: now)
        isPaused.toggle()
    }

    /// The rep's share of the talk time up to `now`, in percent; nil before any time was counted.
    public func repShare(at now: Double) -> Double? {
        var clock = self
        clock.settle(at: now)
        let total = clock.repSeconds + clock.customerSeconds
        return total < 1 ? nil : clock.repSeconds * 100 / total
    }

    private mutating func settle(at now: Double) {
        guard let since else { return }
        if !isPaused {
            let span = max(0, now - since)
            if holder == .me { repSeconds += span } else { customerSeconds += span }
        }
        self.since = now
    }
}
