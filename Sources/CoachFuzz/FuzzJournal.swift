import CoachCore

/// A journal in memory, so a key storm can check that every note on screen was saved.
final class FuzzJournal: CallJournal {
    private var saved: [Int: Note] = [:]

    /// The notes saved, in the order of their places in the call.
    var notes: [Note] { saved.keys.sorted().map { saved[$0]! } }

    func save(_ entry: JournalEntry) throws {
        for (offset, note) in entry.notes.enumerated() { saved[entry.position + offset] = note }
    }

    func apply(_ change: NoteChange, notes: [Note], flags: [Flag], elapsed: Int) throws {
        saved = Dictionary(uniqueKeysWithValues: notes.enumerated().map { ($0.offset, $0.element) })
    }

    func floorPassed(to holder: TalkClock.Holder, elapsed: Int) throws {}
    func tick(item: String, ticked: Bool) throws {}
    func saveProgress(elapsed: Int, stage: Stage) throws {}
    func end(elapsed: Int) throws {}
}
