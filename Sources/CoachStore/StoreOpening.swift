import Foundation
import GRDB

/// How the database file is opened.
///
/// For writing: one process at a time (a lock on the folder, so two SecondCalls started together never both
/// create the tables); the file is first checked on a read-only connection, and a damaged file or one from a
/// newer SecondCall is refused while still byte for byte as it was; then the write-ahead log with every commit
/// synced. GRDB's own WAL set-up is not used: it sets `synchronous` back to NORMAL, which syncs only at
/// checkpoints, and it writes to the file even when nothing else will.
///
/// For reading: a read-only connection, so listing, exporting and reviewing never change the folder and work
/// on a read-only copy of it. A closed store is one file in rollback mode (see `close`), which such a
/// connection reads without creating a log beside it.
enum StoreOpening {
    static func forWriting(_ path: String, in directory: URL) throws -> DatabaseQueue {
        try StoreLocation.preparePrivateFolder(directory)
        let folderLock = try FolderLock(directory)
        defer { folderLock.release() }
        if !FileManager.default.fileExists(atPath: path),
           !FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) {
            throw access(directory.path, W_OK) == 0
                ? StoreError.cannotCreateFolder(path: directory.path, reason: "cannot create \(StoreLocation.databaseName) in it")
                : StoreError.readOnly(path: directory.path)
        }
        try check(path)
        let queue = try DatabaseQueue(path: path, configuration: writing(path, in: directory))
        try Schema.migrator.migrate(queue)
        return queue
    }

    /// A store with no file yet reads as one with no calls, in memory: reading creates nothing.
    static func forReading(_ path: String) throws -> DatabaseQueue {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        guard let size, size > 0 else { return try empty() }
        let queue = try DatabaseQueue(path: path, configuration: reading)
        let (superseded, complete) = try queue.read { db in
            (try Schema.migrator.hasBeenSuperseded(db), try Schema.migrator.hasCompletedMigrations(db))
        }
        if superseded { throw StoreError.newerSchema(path: path) }
        // A file whose tables another SecondCall is creating at this moment holds no calls yet.
        return complete ? queue : try empty()
    }

    /// Puts a store that was written back to one file: the log is moved into it and removed, and the file
    /// returns to rollback mode, so a reader (even on a read-only copy) finds nothing to set up. Left as it is
    /// when another connection is open: the last one to close does it.
    static func close(_ queue: DatabaseQueue) {
        try? queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA busy_timeout = 0")
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
        }
    }

    private static var reading: Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(2)
        return configuration
    }

    private static func writing(_ path: String, in directory: URL) -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(2)
        configuration.prepareDatabase { db in
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else { throw StoreError.readOnly(path: directory.path) }
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return configuration
    }

    /// Reads the whole file without writing to it: is it an undamaged SecondCall database this version may change?
    private static func check(_ path: String) throws {
        let queue = try DatabaseQueue(path: path, configuration: reading)
        defer { try? queue.close() }
        try queue.read { db in
            let problems = try String.fetchAll(db, sql: "PRAGMA quick_check(1)")
            guard problems == ["ok"] else {
                // SQLite's report may start with a heading line ("*** in database main ***"): its last line says what.
                let detail = problems.first?.split(separator: "\n").last.map(String.init) ?? "the check found a problem"
                throw StoreError.damaged(path: path, detail: detail)
            }
            if try Schema.migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path: path) }
        }
    }

    private static func empty() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue)
        return queue
    }
}

/// Held while a process opens the database for writing, so openings (and the tables a first one creates)
/// happen one after another. It is a lock on the data folder itself: no file is added for it.
private final class FolderLock {
    private let descriptor: Int32

    init(_ directory: URL) throws {
        descriptor = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StoreError.noAccess(path: directory.path) }
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
