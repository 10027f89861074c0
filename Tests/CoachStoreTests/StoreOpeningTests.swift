import CoachCore
import CoachStore
import Foundation
import GRDB
import TestSupport
import Testing

/// How the database file is opened: synced on every commit, checked before anything is written to it, and
/// never written when it is only read.
@Suite struct StoreOpeningTests {
    /// A store in a fresh folder holding a few calls, closed again: one file, as a rep's folder is between calls.
    private func folderWithCalls(_ count: Int = 3, notesEach: Int = 40) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        let store = try CoachStore(directory: directory.url)
        let notes = (0..<notesEach).map { Note.said($0 % 2 == 0 ? .me : .customer, "Line \($0) about the shelves and the season", at: $0 * 10) }
        for _ in 0..<count { _ = try store.importCall(NotesDocument(notes: notes), flags: [], startedAt: Date()) }
        return directory
    }

    @Test func everyCommitIsSyncedOnTheStoresOwnConnection() throws {
        let directory = try TemporaryDirectory()
        let store = try CoachStore(directory: directory.url)
        let settings = try store.journalSettings()
        #expect(settings.journalMode == "wal")
        #expect(settings.synchronous == 2, "PRAGMA synchronous reads back FULL (2), not NORMAL (1)")
        _ = try store.startSession(StoredSession(kind: .live, startedAt: Date()))
        #expect(try store.journalSettings().synchronous == 2, "and stays FULL once the store has written")
    }

    @Test func aClosedStoreIsOneFileWithNoLogBesideIt() throws {
        let directory = try folderWithCalls()
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()
        #expect(names == ["secondcall.sqlite"])
    }

    @Test func noiseInAMiddlePageIsRefusedAndTheFileLeftByteForByte() throws {
        let directory = try folderWithCalls(30)
        let path = directory.path("secondcall.sqlite")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let pages = size / 4096
        #expect(pages > 10)
        var generator = SystemRandomNumberGenerator()
        let noise = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seek(toOffset: UInt64(pages / 2 * 4096))
        try handle.write(contentsOf: noise)
        try handle.close()
        let before = try FolderSnapshot(directory.url)

        #expect {
            _ = try CoachStore(directory: directory.url)
        } throws: { error in
            guard let error = error as? StoreError, case .damaged(let named, _) = error else { return false }
            return named == path && error.description.contains("left untouched") && !error.description.contains("\n")
        }
        #expect(try FolderSnapshot(directory.url) == before)
    }

    @Test func aNewerSchemaIsRefusedAndTheFileLeftByteForByte() throws {
        let directory = try folderWithCalls(1)
        let queue = try DatabaseQueue(path: directory.path("secondcall.sqlite"))
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        try queue.close()
        let before = try FolderSnapshot(directory.url)
        #expect(throws: StoreError.newerSchema(path: directory.path("secondcall.sqlite"))) {
            _ = try CoachStore(directory: directory.url)
        }
        #expect(throws: StoreError.newerSchema(path: directory.path("secondcall.sqlite"))) {
            _ = try CoachStore(readingFrom: directory.url)
        }
        #expect(try FolderSnapshot(directory.url) == before)
    }

    @Test func readingWritesNothingInTheFolder() throws {
        let directory = try folderWithCalls()
        let before = try FolderSnapshot(directory.url)
        let store = try CoachStore(readingFrom: directory.url)
        #expect(try store.sessions().count == 3)
        #expect(try store.call(try store.resolve("last")).notes.count == 40)
        #expect(try store.ruleStats().isEmpty)
        #expect(try FolderSnapshot(directory.url) == before)
        #expect(throws: StoreError.self) { _ = try store.startSession(StoredSession(kind: .live, startedAt: Date())) }
        #expect(try FolderSnapshot(directory.url) == before)
    }

    @Test func readingAFolderWithNoCallsCreatesNothing() throws {
        let directory = try TemporaryDirectory()
        let folder = directory.url.appendingPathComponent("never-used")
        #expect(try CoachStore(readingFrom: folder).sessions().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    /// A database may come from elsewhere, an older version or a command line (`--account $'\e[2J'`): what
    /// is read from it never carries a control character to a terminal.
    @Test func textReadFromTheDatabaseIsPrintable() throws {
        let directory = try folderWithCalls(1, notesEach: 1)
        let queue = try DatabaseQueue(path: directory.path("secondcall.sqlite"))
        try queue.write { db in
            try db.execute(sql: "UPDATE session SET account = ?, contact = ?", arguments: ["Acme\u{1B}]0;PWNED\u{07}", "Nick\u{9B}2J"])
            try db.execute(sql: "UPDATE note SET text = ?", arguments: ["How has it been?\u{1B}[2J"])
        }
        try queue.close()
        let store = try CoachStore(readingFrom: directory.url)
        let session = try #require(try store.sessions().first)
        #expect(session.account == "Acme ]0;PWNED ")
        #expect(session.contact == "Nick 2J")
        #expect(try store.call(session.id!).notes.map(\.text) == ["How has it been? [2J"])
    }

    @Test func readingSeesWhatARunningCallHasSaved() throws {
        let directory = try TemporaryDirectory()
        let writer = try CoachStore(directory: directory.url)
        let id = try writer.startSession(StoredSession(kind: .live, account: "Acme", startedAt: Date()))
        try writer.save(JournalEntry(notes: [.said(.me, "How has the season been?", at: 4)], position: 0, stage: .relationship, elapsed: 4, flags: []),
                        session: id)
        let reader = try CoachStore(readingFrom: directory.url)
        #expect(try reader.call(id).notes == [.said(.me, "How has the season been?", at: 4)])
        try writer.save(JournalEntry(notes: [.said(.customer, "Flat.", at: 9)], position: 1, stage: .relationship, elapsed: 9, flags: []),
                        session: id)
        #expect(try reader.call(id).notes.count == 2)
    }
}
