import CoachCore
import Foundation
import GRDB

extension CoachStore {
    /// Saves a correction to a call's notes as one transaction: the notes from the changed one on are
    /// written again, the call's flags replaced by `flags` (dismissals kept, following their notes), and
    /// the change recorded. A crash part-way leaves the call exactly as it was before.
    public func applyNoteChange(_ change: NoteChange, notes: [Note], flags: [Flag], session: Int64, elapsed: Int) throws {
        try write { db in
            let from = min(change.position, notes.count)
            try db.execute(sql: "DELETE FROM note WHERE sessionId = ? AND position >= ?", arguments: [session, from])
            var stage = notes[..<from].reduce(Stage.relationship) { stage, note in
                if case .stage(let next) = note.body { next } else { stage }
            }
            for position in from..<notes.count {
                if case .stage(let next) = notes[position].body { stage = next }
                try Self.insert(NoteRow(sessionId: session, position: position, note: notes[position], stage: stage), db)
            }
            let dismissed = try Row.fetchAll(db, sql: "SELECT notePosition, target FROM flag WHERE sessionId = ? AND dismissed = 1",
                                             arguments: [session])
            try db.execute(sql: "DELETE FROM flag WHERE sessionId = ?", arguments: [session])
            try Self.insert(flags, session: session, db)
            for row in dismissed {
                guard let position = Self.position(row[0], after: change) else { continue }
                try db.execute(sql: "UPDATE flag SET dismissed = 1 WHERE sessionId = ? AND notePosition = ? AND target = ?",
                               arguments: [session, position, row[1] as String])
            }
            try Self.recount(session, db)
            try db.execute(sql: "UPDATE session SET noteCount = ?, stage = ?, elapsed = MAX(elapsed, ?) WHERE id = ?",
                           arguments: [notes.count, stage.rawValue, elapsed, session])
            let (before, after) = change.notes
            try db.execute(sql: """
                INSERT INTO noteEdit (sessionId, action, position, before, after, elapsed, at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [session, change.action, change.position, before.map(NotesWriter.line), after.map(NotesWriter.line),
                                 elapsed, Date().timeIntervalSince1970])
        }
    }

    /// Where a note that was at `position` is after the change; nil for the note taken out.
    private static func position(_ position: Int, after change: NoteChange) -> Int? {
        switch change {
        case .replace: position
        case .remove(let removed, _): position == removed ? nil : (position > removed ? position - 1 : position)
        case .insert(let inserted, _): position >= inserted ? position + 1 : position
        }
    }

    /// The corrections made to a call's notes, oldest first: what was done, where, and the note before
    /// and after as lines of the notes format.
    public func noteEdits(session: Int64) throws -> [NoteEdit] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT action, position, before, after, elapsed FROM noteEdit WHERE sessionId = ? ORDER BY id",
                             arguments: [session])
                .map { NoteEdit(action: $0[0], position: $0[1], before: $0[2], after: $0[3], elapsed: $0[4]) }
        }
    }
}

/// One correction made to a stored call's notes.
public struct NoteEdit: Sendable, Equatable {
    /// `edit`, `delete` or `insert`.
    public var action: String
    public var position: Int
    public var before: String?
    public var after: String?
    /// Call time when it was made.
    public var elapsed: Int

    public init(action: String, position: Int, before: String?, after: String?, elapsed: Int) {
        self.action = action
        self.position = position
        self.before = before
        self.after = after
        self.elapsed = elapsed
    }
}
