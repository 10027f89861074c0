import CoachCore

/// A journal in memory, so a key storm can check that every note on screen was saved.
final class FuzzJournal: CallJournal {
    private(set) var notes: [Note] = []

    func save(note: Note, position: Int, stage: Stage, elapsed: Int) throws {
        if position < notes.count { notes[position] = note } else { notes.append(note) }
    }

    func save(flags: [Flag]) throws {}

    func apply(_ change: NoteChange, notes: [Note], flags: [Flag], elapsed: Int) throws {
        self.notes = notes
    }

    func floorPassed(to holder: TalkClock.Holder, elapsed: Int) throws {}
    func tick(item: String, ticked: Bool) throws {}
    func saveProgress(elapsed: Int, stage: Stage) throws {}
    func end(elapsed: Int) throws {}
}
