/// Who holds the floor and for how long: Tab passes it, pause stops the count (hold music, silence).
public struct TalkClock: Sendable, Equatable {
    public enum Holder: String, Sendable, Codable { case me, them }

    public private(set) var holder: Holder = .me
    public private(set) var isPaused = false
    public private(set) var repSeconds: Double = 0
    public private(set) var customerSeconds: Double = 0
    private var since: Double

    public init(startingAt now: Double) { since = now }

    public mutating func passFloor(at now: Double) {
        settle(at: now)
        holder = holder == .me ? .them : .me
    }

    public mutating func setHolder(_ newHolder: Holder, at now: Double) {
        settle(at: now)
        holder = newHolder
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
        if !isPaused {
            let span = max(0, now - since)
            if holder == .me { repSeconds += span } else { customerSeconds += span }
        }
        since = now
    }
}
