import CoachCore
import Foundation
import GRDB

/// The SQLite database of stored calls. Every write is its own durable transaction (write-ahead log,
/// synchronous FULL): it returns once the data is on disk, so a caller can show it as saved.
/// A store opened for reading never writes to the folder (`StoreOpening`).
public final class CoachStore: Sendable {
    public let directory: URL
    public let databasePath: String
    private let queue: DatabaseQueue
    private let isReadOnly: Bool

    /// Opens the store to write calls into, creating the folder and the database when they are missing.
    public init(directory: URL) throws {
        self.directory = directory
        databasePath = directory.appendingPathComponent(StoreLocation.databaseName).path
        isReadOnly = false
        queue = try Self.opening(databasePath) { try StoreOpening.forWriting($0, in: directory) }
    }

    /// Opens the store to list, export and review calls: nothing in the folder is created or changed.
    public init(readingFrom directory: URL) throws {
        self.directory = directory
        databasePath = directory.appendingPathComponent(StoreLocation.databaseName).path
        isReadOnly = true
        queue = try Self.opening(databasePath, StoreOpening.forReading)
    }

    deinit {
        if !isReadOnly { StoreOpening.close(queue) }
    }

    private static func opening(_ path: String, _ open: (String) throws -> DatabaseQueue) throws -> DatabaseQueue {
        do {
            return try open(path)
        } catch let error as DatabaseError {
            throw storeError(error, path: path)
        }
    }

    static func storeError(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: .busy(path: path)
        case .SQLITE_NOTADB: .unreadable(path: path, reason: "not a SecondCall database")
        case .SQLITE_CORRUPT: .damaged(path: path, detail: error.message ?? "malformed")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: .noAccess(path: path)
        case .SQLITE_READONLY: .writeFailed(reason: "the database \(path) is read-only")
        case .SQLITE_FULL: .writeFailed(reason: "the disk is full")
        case .SQLITE_IOERR: .writeFailed(reason: "the disk refused the write (\(error.message ?? "I/O error"))")
        default: .writeFailed(reason: error.message ?? "\(error)")
        }
    }

    /// How commits reach the disk, read back from the connection that writes: `wal` and 2 (FULL) when every
    /// commit is synced before it returns.
    public func journalSettings() throws -> (journalMode: String, synchronous: Int) {
        try read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "", try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1)
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        guard !isReadOnly else { throw StoreError.writeFailed(reason: "the calls in \(directory.path) were opened for reading only") }
        do {
            return try queue.write(body)
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: databasePath)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: databasePath)
        }
    }

    // MARK: Writing a call

    public func startSession(_ session: StoredSession) throws -> Int64 {
        try write { try session.insert($0) }
    }

    /// Saves what a typed line added (its notes, their flags and ticks) as one transaction, synced.
    public func save(_ entry: JournalEntry, session: Int64) throws {
        try write { db in
            for (offset, note) in entry.notes.enumerated() {
                try Self.insert(NoteRow(sessionId: session, position: entry.position + offset, note: note, stage: entry.stage), db)
            }
            try db.execute(sql: "UPDATE session SET elapsed = ?, stage = ?, noteCount = noteCount + ? WHERE id = ?",
                           arguments: [entry.elapsed, entry.stage.rawValue, entry.notes.count, session])
            try Self.insert(entry.flags, session: session, db)
            for item in entry.ticks { try ChecklistTickRow(sessionId: session, item: item, ticked: true).upsert(db) }
        }
    }

    public func saveProgress(session: Int64, elapsed: Int, stage: Stage) throws {
        try write { try $0.execute(sql: "UPDATE session SET elapsed = ?, stage = ? WHERE id = ?", arguments: [elapsed, stage.rawValue, session]) }
    }

    public func recordFloorChange(session: Int64, elapsed: Int, holder: String) throws {
        try write { try FloorChangeRow(sessionId: session, elapsed: elapsed, holder: holder).insert($0) }
    }

    public func setTick(session: Int64, item: String, ticked: Bool) throws {
        try write { try ChecklistTickRow(sessionId: session, item: item, ticked: ticked).upsert($0) }
    }

    public func setDismissed(_ dismissed: Bool, session: Int64, notePosition: Int, target: String) throws {
        try write { db in
            try db.execute(sql: "UPDATE flag SET dismissed = ? WHERE sessionId = ? AND notePosition = ? AND target = ?",
                           arguments: [dismissed, session, notePosition, target])
            try Self.recount(session, db)
        }
    }

    /// Notes and flags are written with one prepared statement each, reused row after row: a long call is
    /// thousands of rows in one transaction.
    static func insert(_ row: NoteRow, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO note (sessionId, position, elapsed, kind, speaker, text, stage) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [row.sessionId, row.position, row.elapsed, row.kind, row.speaker, row.text, row.stage.rawValue])
    }

    static func insert(_ flags: [Flag], session: Int64, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO flag (sessionId, notePosition, rule, target, severity, message, tip, evidence, evidenceStrength, dismissed)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for flag in flags {
            try statement.execute(arguments: [session, flag.noteIndex, flag.rule, flag.target.id, flag.severity.rawValue, flag.message,
                                              flag.tip, flag.evidence, flag.evidenceStrength.rawValue, flag.dismissed])
        }
        try recount(session, db)
    }

    /// Sets the session's barrier flag count: flags not dismissed, strengths left out.
    static func recount(_ session: Int64, _ db: Database) throws {
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
        try write { try $0.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [session]) }
    }

    /// Stores a whole call typed elsewhere, with its flags, as one transaction.
    public func importCall(_ document: NotesDocument, flags: [Flag], startedAt: Date) throws -> Int64 {
        try write { db in
            let lastElapsed = document.notes.compactMap(\.elapsed).last ?? 0
            var stage = Stage.relationship
            let session = StoredSession(kind: .live, account: document.frontMatter["account"] ?? "",
                                        contact: document.frontMatter["contact"] ?? "",
                                        scenario: document.frontMatter["scenario"], plan: document.frontMatter["plan"], startedAt: startedAt,
                                        endedAt: startedAt.addingTimeInterval(TimeInterval(lastElapsed)), elapsed: lastElapsed)
            let id = try session.insert(db)
            for (position, note) in document.notes.enumerated() {
                if case .stage(let newStage) = note.body { stage = newStage }
                try Self.insert(NoteRow(sessionId: id, position: position, note: note, stage: stage), db)
            }
            try db.execute(sql: "UPDATE session SET stage = ?, noteCount = ? WHERE id = ?", arguments: [stage.rawValue, document.notes.count, id])
            try Self.insert(flags, session: id, db)
            return id
        }
    }
}
