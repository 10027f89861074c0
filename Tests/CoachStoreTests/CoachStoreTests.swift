import CoachCore
import CoachStore
import Foundation
import TestSupport
import Testing

@Suite struct CoachStoreTests {
    @Test func notesAreOnDiskAsSoonAsAppendReturns() throws {
        let directory = try TemporaryDirectory()
        let store = try CoachStore(directory: directory.url)
        let id = try store.startSession(StoredSession(kind: .live, account: "Acme", startedAt: Date()))
        try store.save(JournalEntry(notes: [.said(.me, "How has the season been?", at: 4)], position: 0, stage: .relationship, elapsed: 4, flags: []),
                       session: id)
        try store.save(JournalEntry(notes: [Note(elapsed: 20, body: .stage(.opportunity))], position: 1, stage: .opportunity, elapsed: 20, flags: []),
                       session: id)

        let reopened = try CoachStore(directory: directory.url)
        let call = try reopened.call(id)
        #expect(call.notes == [.said(.me, "How has the season been?", at: 4), Note(elapsed: 20, body: .stage(.opportunity))])
        #expect(call.session.elapsed == 20)
        #expect(call.session.stage == .opportunity)
        #expect(try reopened.unfinishedSession()?.id == id)
    }

    @Test func theFolderAndDatabaseArePrivate() throws {
        let directory = try TemporaryDirectory()
        let folder = directory.url.appendingPathComponent("data")
        _ = try CoachStore(directory: folder)
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int
        let fileMode = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("secondcall.sqlite").path)[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
        #expect(fileMode == 0o600)
    }

    @Test func aCorruptDatabaseIsReportedAndLeftUntouched() throws {
        let directory = try TemporaryDirectory()
        let garbage = String(repeating: "not a database ", count: 100)
        try directory.write("secondcall.sqlite", garbage)
        #expect {
            _ = try CoachStore(directory: directory.url)
        } throws: { error in
            guard let error = error as? StoreError, case .unreadable(let path, _) = error else { return false }
            return path.hasSuffix("secondcall.sqlite") && error.description.contains("left untouched")
        }
        #expect(try String(contentsOfFile: directory.path("secondcall.sqlite"), encoding: .utf8) == garbage)
    }

    @Test func aSecondCallOnTheSameDataIsRefusedWithTheOwner() throws {
        let directory = try TemporaryDirectory()
        var first: CallLock? = try CallLock(directory: directory.url)
        #expect(throws: StoreError.inUse(path: directory.url.path, pid: getpid())) {
            _ = try CallLock(directory: directory.url)
        }
        #expect(first != nil)
        first = nil
        _ = try CallLock(directory: directory.url)
    }

    /// A refused lock closes its own descriptor once: closing the number again would close whatever file
    /// another thread had opened under it meanwhile (the database, in a running call).
    @Test func aRefusedLockClosesNothingElse() throws {
        let directory = try TemporaryDirectory()
        let held = try CallLock(directory: directory.url)
        let refusing = Signal()
        let closedUnderUs = Signal()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            if worker == 0 {
                for _ in 0..<3_000 { _ = try? CallLock(directory: directory.url) }
                refusing.set()
                return
            }
            while !refusing.isSet {
                let descriptor = open("/dev/null", O_RDONLY)
                var status = stat()
                if fstat(descriptor, &status) != 0 { closedUnderUs.set() }
                close(descriptor)
            }
        }
        #expect(!closedUnderUs.isSet)
        withExtendedLifetime(held) {}
    }

    private final class Signal: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.withLock { value = true } }
        var isSet: Bool { lock.withLock { value } }
    }

    @Test func aReadOnlyDatabaseFailsTheWriteWithAReason() throws {
        guard getuid() != 0 else { return }  // root writes through file modes
        let directory = try TemporaryDirectory()
        let store = try CoachStore(directory: directory.url)
        let id = try store.startSession(StoredSession(kind: .live, startedAt: Date()))
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: directory.path("secondcall.sqlite"))
        #expect(throws: StoreError.self) {
            try store.save(JournalEntry(notes: [.said(.me, "x")], position: 0, stage: .relationship, elapsed: 0, flags: []), session: id)
        }
    }

    @Test func listingCountsBarrierFlagsNotStrengths() throws {
        let directory = try TemporaryDirectory()
        let store = try CoachStore(directory: directory.url)
        let flags = [
            Flag(rule: "a", target: .barrier(.pitching), severity: .warning, noteIndex: 0, span: nil, message: "m", tip: "t", evidence: "e"),
            Flag(rule: "b", target: .strength(.openQuestion), severity: .suggestion, noteIndex: 1, span: nil, message: "m", tip: "t", evidence: "e"),
        ]
        let id = try store.importCall(NotesDocument(notes: [.said(.me, "our platform"), .said(.me, "What?")]), flags: flags, startedAt: Date())
        let session = try #require(try store.sessions().first)
        #expect(session.id == id)
        #expect(session.flagCount == 1)
        #expect(session.noteCount == 2)
        try store.setDismissed(true, session: id, notePosition: 0, target: "pitching")
        #expect(try store.sessions().first?.flagCount == 0)
        #expect(try store.resolve("last") == id)
        try store.deleteSession(id)
        #expect(throws: StoreError.noSuchSession("last")) { try store.resolve("last") }
    }

    @Test func datesReadBackTheSameFromTheListAndTheCall() throws {
        let directory = try TemporaryDirectory()
        let store = try CoachStore(directory: directory.url)
        let started = Date(timeIntervalSince1970: 1_795_000_000)
        let id = try store.startSession(StoredSession(kind: .live, startedAt: started))
        try store.endSession(id, at: started.addingTimeInterval(600), elapsed: 600)
        let listed = try #require(try store.sessions().first)
        #expect(listed.startedAt == started)
        #expect(listed.endedAt == started.addingTimeInterval(600))
        #expect(try store.call(id).session.startedAt == started)
        #expect(try store.call(id).session.endedAt == started.addingTimeInterval(600))
    }

    @Test func ruleStatsCountDismissalsAcrossCallsWorstFirst() throws {
        let directory = try TemporaryDirectory()
        let store = try CoachStore(directory: directory.url)
        let notes = NotesDocument(notes: [.said(.me, "Let me tell you about us."), .said(.me, "Our platform is amazing!")])
        func flag(_ rule: String, _ note: Int, _ barrier: Barrier) -> Flag {
            Flag(rule: rule, target: .barrier(barrier), severity: .warning, noteIndex: note, span: nil, message: "m", tip: "t", evidence: "e")
        }
        let first = try store.importCall(notes, flags: [flag("about-us", 0, .pitching), flag("superlatives", 1, .prideEnthusiasm)], startedAt: Date())
        _ = try store.importCall(notes, flags: [flag("about-us", 0, .pitching)], startedAt: Date())
        try store.setDismissed(true, session: first, notePosition: 1, target: "pride-enthusiasm")

        let stats = try store.ruleStats()
        #expect(stats == [
            RuleStat(rule: "superlatives", target: "pride-enthusiasm", flags: 1, dismissed: 1, calls: 1),
            RuleStat(rule: "about-us", target: "pitching", flags: 2, dismissed: 0, calls: 2),
        ])
        #expect(stats[0].dismissedShare == 100)
        #expect(try store.call(first).session.flagCount == 1)
    }
}
