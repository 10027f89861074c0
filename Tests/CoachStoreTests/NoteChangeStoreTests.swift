import CoachCore
import CoachStore
import Foundation
import TestSupport
import Testing

/// Fixes to saved notes: the notes and flags replaced and the fix recorded, in one transaction.
@Suite struct NoteChangeStoreTests {
    static let notes: [Note] = [
        .said(.me, "Let me tell you about us.", at: 5),
        Note(elapsed: 20, body: .stage(.opportunity)),
        .said(.customer, "Our stock counts are on paper.", at: 30),
    ]

    private func storedCall() throws -> (TemporaryDirectory, CoachStore, Int64) {
        let directory = try TemporaryDirectory()
        let store = try CoachStore(directory: directory.url)
        let id = try store.startSession(StoredSession(kind: .live, account: "Acme", startedAt: Date()))
        var stage = Stage.relationship
        for (position, note) in Self.notes.enumerated() {
            if case .stage(let next) = note.body { stage = next }
            let flags = [0: [flag(at: 0, .pitching)], 2: [flag(at: 2, .impatience)]][position] ?? []
            try store.save(JournalEntry(notes: [note], position: position, stage: stage, elapsed: note.elapsed ?? 0, flags: flags), session: id)
        }
        return (directory, store, id)
    }

    private func flag(at index: Int, _ barrier: Barrier) -> Flag {
        Flag(rule: "rule-\(barrier.rawValue)", target: .barrier(barrier), severity: .warning, noteIndex: index, span: nil,
             message: "m", tip: "t", evidence: "e")
    }

    @Test func aDeletedNoteGoesAndTheFlagsAfterItMoveWithTheirNotes() throws {
        let (directory, store, id) = try storedCall()
        try store.setDismissed(true, session: id, notePosition: 2, target: "impatience")
        let change = NoteChange.remove(at: 1, note: Self.notes[1])
        let after = change.applied(to: Self.notes)
        try store.applyNoteChange(change, notes: after, flags: [flag(at: 0, .pitching), flag(at: 1, .impatience)], session: id, elapsed: 40)

        let call = try CoachStore(directory: directory.url).call(id)
        #expect(call.notes == after)
        #expect(call.session.stage == .relationship, "the stage came from the note that went")
        #expect(call.session.noteCount == 2)
        #expect(call.flags.map(\.noteIndex) == [0, 1])
        #expect(call.flags.first { $0.target == .barrier(.impatience) }?.dismissed == true, "a dismissal follows its note")
        #expect(call.session.flagCount == 1)
        #expect(try store.noteEdits(session: id) == [
            NoteEdit(action: "delete", position: 1, before: "[00:20] /stage opportunity", after: nil, elapsed: 40),
        ])
    }

    @Test func anEditAndItsUndoAreBothRecorded() throws {
        let (_, store, id) = try storedCall()
        let edit = NoteChange.replace(at: 0, old: Self.notes[0], new: .said(.me, "How has the season been?", at: 5))
        try store.applyNoteChange(edit, notes: edit.applied(to: Self.notes), flags: [flag(at: 2, .impatience)], session: id, elapsed: 40)
        #expect(try store.call(id).notes[0].text == "How has the season been?")
        #expect(try store.call(id).flags.map(\.target.id) == ["impatience"])
        try store.applyNoteChange(edit.inverse, notes: Self.notes, flags: [flag(at: 0, .pitching), flag(at: 2, .impatience)],
                                  session: id, elapsed: 45)
        #expect(try store.call(id).notes == Self.notes)
        #expect(try store.noteEdits(session: id).map(\.after) == ["[00:05] me: How has the season been?", "[00:05] me: Let me tell you about us."])
    }
}
