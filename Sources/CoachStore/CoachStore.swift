import CoachCore
import Foundation
import GRDB

/// The SQLite database of stored calls. Every write is its own durable transaction (WAL, synchronous FULL),
/// so a note is on disk before the caller shows it as saved.
public final class CoachStore: Sendable {
    public let directory: URL
    public let databasePath: String
    private let queue: DatabaseQueue

    public init(directory: URL) throws {
        self.directory = directory
        databasePath = directory.appendingPathComponent(StoreLocation.databaseName).path
        try Self.preparePrivateFolder(directory)
        if !FileManager.default.fileExists(atPath: databasePath),
           !FileManager.default.createFile(atPath: databasePath, contents: nil, attributes: [.posixPermissions: 0o600]) {
            throw StoreError.cannotCreateFolder(path: directory.path, reason: "cannot create \(StoreLocation.databaseName) in it")
        }
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(2)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        do {
            queue = try DatabaseQueue(path: databasePath, configuration: configuration)
            let migrator = Schema.migrator
            if try queue.read({ try migrator.hasBeenSuperseded($0) }) { throw StoreError.newerSchema(path: databasePath) }
            try migrator.migrate(queue)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: databasePath)
        }
    }

    private static func preparePrivateFolder(_ directory: URL) throws {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.cannotCreateFolder(path: directory.path, reason: error.localizedDescription)
        }
    }

    static func storeError(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: .busy(path: path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: .unreadable(path: path, reason: "not a SecondCall database, or damaged")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: .unreadable(path: path, reason: "permission denied or missing")
        case .SQLITE_READONLY: .writeFailed(reason: "the database \(path) is read-only")
        case .SQLITE_FULL: .writeFailed(reason: "the disk is full")
        case .SQLITE_IOERR: .writeFailed(reason: "the disk refused the write (\(error.message ?? "I/O error"))")
        default: .writeFailed(reason: error.message ?? "\(error)")
        }
    }

    private func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.write(body)
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: databasePath)
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: databasePath)
        }
    }

    // MARK: Writing a call

    public func startSession(_ session: StoredSession) throws -> Int64 {
        var session = session
        try write { try session.insert($0) }
        return session.id!
    }

    /// Saves a note durably. `position` is its 0-based place in the call.
    public func appendNote(_ note: Note, position: Int, stage: Stage, session: Int64, elapsed: Int) throws {
        try write { db in
            try NoteRow(sessionId: session, position: position, note: note, stage: stage).insert(db)
            try db.execute(sql: "UPDATE session SET elapsed = ?, stage = ?, noteCount = noteCount + 1 WHERE id = ?",
                           arguments: [elapsed, stage, session])
        }
    }

    public func saveProgress(session: Int64, elapsed: Int, stage: Stage) throws {
        try write { try $0.execute(sql: "UPDATE session SET elapsed = ?, stage = ? WHERE id = ?", arguments: [elapsed, stage, session]) }
    }

    public func recordFloorChange(session: Int64, elapsed: Int, holder: String) throws {
        try write { try FloorChangeRow(sessionId: session, elapsed: elapsed, holder: holder).insert($0) }
    }

    public func setTick(session: Int64, item: String, ticked: Bool) throws {
        try write { try ChecklistTickRow(sessionId: session, item: item, ticked: ticked).upsert($0) }
    }

    public func saveFlags(_ flags: [Flag], session: Int64) throws {
        guard !flags.isEmpty else { return }
        try write { db in try Self.insert(flags, session: session, db) }
    }

    public func setDismissed(_ dismissed: Bool, session: Int64, notePosition: Int, target: String) throws {
        try write { db in
            try db.execute(sql: "UPDATE flag SET dismissed = ? WHERE sessionId = ? AND notePosition = ? AND target = ?",
                           arguments: [dismissed, session, notePosition, target])
            try Self.recount(session, db)
        }
    }

    private static func insert(_ flags: [Flag], session: Int64, _ db: Database) throws {
        for flag in flags {
            try FlagRow(sessionId: session, notePosition: flag.noteIndex, rule: flag.ruleID, target: flag.target.id,
                        severity: flag.severity, message: flag.message, tip: flag.tip, evidence: flag.evidence,
                        dismissed: false).insert(db, onConflict: .ignore)
        }
        try recount(session, db)
    }

    /// Sets the session's barrier flag count: flags not dismissed, strengths left out.
    private static func recount(_ session: Int64, _ db: Database) throws {
        let strengths = Strength.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        try db.execute(sql: """
            UPDATE session SET flagCount = (SELECT COUNT(*) FROM flag WHERE sessionId = ? AND dismissed = 0
                                            AND target NOT IN (\(strengths))) WHERE id = ?
            """, arguments: [session, session])
    }

    public func endSession(_ session: Int64, at date: Date, elapsed: Int) throws {
        try write { try $0.execute(sql: "UPDATE session SET endedAt = ?, elapsed = ? WHERE id = ?",
                                      arguments: [date.timeIntervalSince1970, elapsed, session]) }
    }

    public func deleteSession(_ session: Int64) throws {
        try write { _ = try StoredSession.deleteOne($0, key: session) }
    }

    /// Stores a whole call typed elsewhere, with its flags, as one transaction.
    public func importCall(_ document: NotesDocument, flags: [Flag], startedAt: Date) throws -> Int64 {
        try write { db in
            let lastElapsed = document.notes.compactMap(\.elapsed).last ?? 0
            var stage = Stage.relationship
            var session = StoredSession(kind: .live, account: document.frontMatter["account"] ?? "",
                                        contact: document.frontMatter["contact"] ?? "",
                                        scenario: document.frontMatter["scenario"], startedAt: startedAt,
                                        endedAt: startedAt.addingTimeInterval(TimeInterval(lastElapsed)), elapsed: lastElapsed)
            try session.insert(db)
            let id = session.id!
            for (position, note) in document.notes.enumerated() {
                if case .stage(let newStage) = note.body { stage = newStage }
                try NoteRow(sessionId: id, position: position, note: note, stage: stage).insert(db)
            }
            try db.execute(sql: "UPDATE session SET stage = ?, noteCount = ? WHERE id = ?", arguments: [stage, document.notes.count, id])
            try Self.insert(flags, session: id, db)
            return id
        }
    }

    // MARK: Reading

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

    /// Moves what the write-ahead log holds into the database file and empties the log.
    public func checkpoint() throws {
        do {
            try queue.writeWithoutTransaction { _ = try $0.checkpoint(.truncate) }
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: databasePath)
        }
    }

    /// `last`, or a session number.
    public func resolve(_ reference: String) throws -> Int64 {
        if reference == "last" {
            guard let id = try read({ try Int64.fetchOne($0, sql: "SELECT id FROM session ORDER BY startedAt DESC, id DESC LIMIT 1") }) else {
                throw StoreError.noSuchSession(reference)
            }
            return id
        }
        guard let id = Int64(reference), try read({ try StoredSession.exists($0, key: id) }) else {
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
            var flags: [StoredFlag] = []
            let flagRows = try Row.fetchCursor(db, sql: """
                SELECT notePosition, rule, target, severity, message, tip, evidence, dismissed FROM flag
                WHERE sessionId = ? ORDER BY notePosition, id
                """, arguments: [id])
            while let row = try flagRows.next() {
                flags.append(StoredFlag(notePosition: row[0], rule: row[1], target: row[2], severity: Severity(rawValue: row[3]) ?? .warning,
                                        message: row[4], tip: row[5], evidence: row[6], dismissed: row[7]))
            }
            let ticks = try ChecklistTickRow.filter(Column("sessionId") == id).fetchAll(db)
            let floor = try FloorChangeRow.filter(Column("sessionId") == id).order(Column("id")).fetchAll(db)
            return StoredCall(session: session, notes: notes, flags: flags,
                              ticks: Dictionary(ticks.map { ($0.item, $0.ticked) }, uniquingKeysWith: { $1 }),
                              floorChanges: floor.map { ($0.elapsed, $0.holder) })
        }
    }
}
