/// Where a running call is saved as it happens. Each method returns only once the data is on disk, and
/// throws when it is not, so the screen never shows as saved what was not.
public protocol CallJournal: AnyObject {
    /// Saves what one typed line added, as one: all of it is on disk, or none of it is.
    func save(_ entry: JournalEntry) throws
    /// Saves a correction to saved notes in one step: the change, for the record, and the call's notes and
    /// flags as they stand after it. A crash part-way leaves the call as it was before the change.
    func apply(_ change: NoteChange, notes: [Note], flags: [Flag], elapsed: Int) throws
    func floorPassed(to holder: TalkClock.Holder, elapsed: Int) throws
    func tick(item: String, ticked: Bool) throws
    func saveProgress(elapsed: Int, stage: Stage) throws
    func end(elapsed: Int) throws
}

/// What one typed line adds to a call: its note (with a practice, the customer's answers too), the flags
/// they raised and the checklist items they ticked.
public struct JournalEntry: Sendable, Equatable {
    /// The new notes, in order, the first at `position` (0-based) in the call.
    public var notes: [Note]
    public var position: Int
    /// The stage once the notes are read.
    public var stage: Stage
    /// Call time in seconds when the line was typed.
    public var elapsed: Int
    public var flags: [Flag]
    public var ticks: [String]

    public init(notes: [Note], position: Int, stage: Stage, elapsed: Int, flags: [Flag], ticks: [String] = []) {
        self.notes = notes
        self.position = position
        self.stage = stage
        self.elapsed = elapsed
        self.flags = flags
        self.ticks = ticks
    }
}
