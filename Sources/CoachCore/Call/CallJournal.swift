/// Where a running call is saved as it happens. Each method returns only once the data is on disk, and
/// throws when it is not, so the screen never shows as saved what was not.
public protocol CallJournal: AnyObject {
    func save(note: Note, position: Int, stage: Stage, elapsed: Int) throws
    func save(flags: [Flag]) throws
    /// Saves a correction to saved notes in one step: the change, for the record, and the call's notes and
    /// flags as they stand after it. A crash part-way leaves the call as it was before the change.
    func apply(_ change: NoteChange, notes: [Note], flags: [Flag], elapsed: Int) throws
    func floorPassed(to holder: TalkClock.Holder, elapsed: Int) throws
    func tick(item: String, ticked: Bool) throws
    func saveProgress(elapsed: Int, stage: Stage) throws
    func end(elapsed: Int) throws
}
