import CoachCore

/// A journal in memory that can be told to fail, as a full disk would.
public final class MemoryJournal: CallJournal {
    public struct Refused: Error, CustomStringConvertible {
        public init() {}
        public var description: String { "the disk is full" }
    }

    public private(set) var notes: [Note] = []
    public private(set) var flags: [Flag] = []
    public private(set) var ticks: [String: Bool] = [:]
    public private(set) var floor: [TalkClock.Holder] = []
    public private(set) var endedAt: Int?
    public var failing = false

    public init() {}

    public func save(_ entry: JournalEntry) throws {
        if failing { throw Refused() }
        notes += entry.notes
        flags += entry.flags
        for item in entry.ticks { ticks[item] = true }
    }

    public private(set) var changes: [NoteChange] = []

    /// Keeps the corrected notes and the call's flags as they now stand, as the store does.
    public func apply(_ change: NoteChange, notes: [Note], flags: [Flag], elapsed: Int) throws {
        if failing { throw Refused() }
        changes.append(change)
        self.notes = notes
        self.flags = flags
    }

    public func floorPassed(to holder: TalkClock.Holder, elapsed: Int) throws { floor.append(holder) }
    public func tick(item: String, ticked: Bool) throws { ticks[item] = ticked }
    public private(set) var progress: [Int] = []
    public func saveProgress(elapsed: Int, stage: Stage) throws { progress.append(elapsed) }
    public func end(elapsed: Int) throws { endedAt = elapsed }
}
