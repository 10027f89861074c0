import CoachCore
import Foundation
import GRDB

extension CoachStore {
    /// The most recent call that was started and never ended, if any.
    public func unfinishedSession(kind: StoredSession.Kind = .live) throws -> StoredSession? {
        try read { db in
            try Self.fetchSessions(db, "WHERE endedAt IS NULL AND kind = ? ORDER BY startedAt DESC, id DESC LIMIT 1",
                                   arguments: [kind.rawValue]).first
        }
    }

    /// Stored calls, newest first.
    public func sessions(limit: Int? = nil) throws -> [StoredSession] {
        try read { db in
            try Self.fetchSessions(db, "ORDER BY startedAt DESC, id DESC \(limit.map { "LIMIT \($0)" } ?? "")")
        }
    }

    /// How often each rule raised a flag across every stored call, and how many of those were dismissed.
    public func ruleStats() throws -> [RuleStat] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT rule, target, COUNT(*), SUM(dismissed), COUNT(DISTINCT sessionId) FROM flag
                GROUP BY rule ORDER BY SUM(dismissed) * 1.0 / COUNT(*) DESC, COUNT(*) DESC, rule
                """).map { RuleStat(rule: $0[0], target: $0[1], flags: $0[2], dismissed: $0[3], calls: $0[4]) }
        }
    }

    private static func fetchSessions(_ db: Database, _ clauses: String, arguments: StatementArguments = []) throws -> [StoredSession] {
        var sessions: [StoredSession] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT \(StoredSession.columns) FROM session \(clauses)", arguments: arguments)
        while let row = try rows.next() { sessions.append(StoredSession(columnsIn: row)) }
        return sessions
    }

    /// `last`, or a session number.
    public func resolve(_ reference: String) throws -> Int64 {
        if reference == "last" {
            guard let id = try read({ try Int64.fetchOne($0, sql: "SELECT id FROM session ORDER BY startedAt DESC, id DESC LIMIT 1") }) else {
                throw StoreError.noSuchSession(reference)
            }
            return id
        }
        guard let id = Int64(reference), try read({ try Bool.fetchOne($0, sql: "SELECT 1 FROM session WHERE id = ?", arguments: [id]) ?? false }) else {
            throw StoreError.noSuchSession(reference)
        }
        return id
    }

    public func call(_ id: Int64) throws -> StoredCall {
        try read { db in
            guard let session = try Self.fetchSessions(db, "WHERE id = ?", arguments: [id]).first else {
                throw StoreError.noSuchSession(String(id))
            }
            // Read by position rather than through Codable: a long call opens several times faster.
            var notes: [Note] = []
            let noteRows = try Row.fetchCursor(db, sql: "SELECT elapsed, kind, speaker, text FROM note WHERE sessionId = ? ORDER BY position",
                                               arguments: [id])
            while let row = try noteRows.next() {
                if let note = NoteRow.note(elapsed: row[0], kind: row[1], speaker: row[2], text: row[3]) { notes.append(note) }
            }
            var flags: [Flag] = []
            var unknownFlags: [UnknownFlag] = []
            let flagRows = try Row.fetchCursor(db, sql: """
                SELECT notePosition, rule, target, severity, message, tip, evidence, dismissed, evidenceStrength FROM flag
                WHERE sessionId = ? ORDER BY notePosition, id
                """, arguments: [id])
            while let row = try flagRows.next() {
                let (notePosition, rule, target): (Int, String, String) = (row[0], row[1], row[2])
                guard let known = RuleTarget(id: target) else {
                    unknownFlags.append(UnknownFlag(noteIndex: notePosition, rule: rule, target: target))
                    continue
                }
                flags.append(Flag(rule: rule, target: known, severity: Severity(rawValue: row[3]) ?? .warning,
                                  evidenceStrength: EvidenceStrength(rawValue: row[8]) ?? .strong, noteIndex: notePosition,
                                  message: ControlCharacters.printable(row[4]), tip: ControlCharacters.printable(row[5]),
                                  evidence: ControlCharacters.printable(row[6]), dismissed: row[7]))
            }
            let ticks = try ChecklistTickRow.filter(Column("sessionId") == id).fetchAll(db)
            let floor = try FloorChangeRow.filter(Column("sessionId") == id).order(Column("id")).fetchAll(db)
            return StoredCall(session: session, notes: notes, flags: flags, unknownFlags: unknownFlags,
                              ticks: Dictionary(ticks.map { ($0.item, $0.ticked) }, uniquingKeysWith: { $1 }),
                              floorChanges: floor.map { ($0.elapsed, $0.holder) })
        }
    }
}
