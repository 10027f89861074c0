import Foundation
import TestSupport
import Testing

/// What the README promises about stored calls, shown from outside the process: commits synced before the
/// screen shows them, reads that write nothing, and starts that never trip over each other.
@Suite struct StoredCallsEndToEndTests {
    let data = try! TemporaryDirectory()

    private func importCall(_ name: String, into folder: String) throws -> CommandRunner.Result {
        try CommandRunner.secondcall(["sessions", "import", "\(Fixtures.corpusCalls.path)/\(name).notes", "--data-dir", folder])
    }

    /// The live screen under strace: every write to the write-ahead log is followed by its sync before the
    /// screen is drawn again, so no note is shown as saved while it is only in the kernel's cache.
    @Test func everyNoteIsSyncedToDiskBeforeTheScreenShowsIt() throws {
        let strace = try #require(Self.which("strace"), "strace is needed for this test ('.ci/run' installs it)")
        let trace = data.path("trace")
        let session = try TmuxSession(
            "\(strace) -f -y -qq -e trace=pwrite64,write,fdatasync,fsync -o \(trace) \(BuiltProducts.secondcall) live --data-dir \(data.path("synced")) --account 'Sync Co'; echo exit=$?; sleep 60")
        #expect(try session.waitFor("Sync Co"))
        let lines = ["me: How has the season been for the stores?", "c: Flat, footfall is down.", "/need footfall back up by spring"]
        for line in lines {
            try session.type(line)
            try session.send("Enter")
            #expect(try session.waitFor(String(line.split(separator: " ", maxSplits: 1)[1].prefix(18))))
        }
        try session.send("C-c")
        try session.send("y")
        #expect(try session.waitFor("exit=0"))

        let events = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n").compactMap(TraceEvent.init)
        var unsynced: String?
        var drawnUnsynced: [String] = []
        var syncs = 0
        for event in events {
            switch event {
            case .logWrite(let line): unsynced = unsynced ?? line
            case .logSync:
                unsynced = nil
                syncs += 1
            case .screenWrite: if let unsynced { drawnUnsynced.append(unsynced) }
            }
        }
        #expect(drawnUnsynced.isEmpty, "the screen was drawn before these writes to the log were synced: \(drawnUnsynced.prefix(3))")
        #expect(syncs >= lines.count, "one sync of the log at least for each note")
    }

    /// A call left after the rep held the floor for about two seconds and the customer for two more: resumed, its talk
    /// gauge starts from that share, not empty.
    @Test func aResumedCallShowsTheTalkShareItHad() throws {
        let folder = data.path("resumed")
        let run = "\(BuiltProducts.secondcall) live --data-dir \(folder) --account 'Resume Co'"
        let session = try TmuxSession("\(run); \(run); echo exit=$?; sleep 60")
        #expect(try session.waitFor("Resume Co"))
        try session.type("How has the season been?")
        try session.send("Enter")
        Thread.sleep(forTimeInterval: 2)
        try session.send("Tab")
        Thread.sleep(forTimeInterval: 2)
        try session.type("Flat, and footfall is down.")
        try session.send("Enter")
        #expect(try session.waitFor("them Flat, and footfall"))
        try session.send("C-c")
        try session.send("y")
        #expect(try session.waitFor("An unfinished call was found"))
        try session.send("r")
        let resumed = try #require(try session.waitUntil { screen in
            screen.contains("them Flat, and footfall") && screen.split(separator: "\n").contains { $0.hasPrefix("talk ") }
        })
        let gauge = try #require(resumed.split(separator: "\n").first { $0.hasPrefix("talk ") })
        let share = gauge.split(separator: " ").drop { $0 != "me" }.dropFirst().first.flatMap { Int($0.dropLast()) }
        #expect((20...80).contains(share ?? -1), "the rep's share from before, about half: \(gauge)")
        try session.send("C-c")
        try session.send("y")
        #expect(try session.waitFor("exit=0"))
    }

    /// One line of strace's output that matters here: a write to the write-ahead log, its sync, or a write to the terminal.
    private enum TraceEvent {
        case logWrite(String), logSync, screenWrite

        init?(_ line: Substring) {
            let isLog = line.contains("-wal>")
            if isLog, line.contains("pwrite64(") {
                self = .logWrite(String(line.prefix(80)))
            } else if isLog, line.contains("fdatasync(") || line.contains("fsync("), line.hasSuffix("= 0") {
                self = .logSync
            } else if line.contains("write(1</dev/pts") {
                self = .screenWrite
            } else {
                return nil
            }
        }
    }

    private static func which(_ program: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test func everyReadWorksOnAReadOnlyCopyAndWritesNothing() throws {
        let original = data.path("original")
        #expect(try importCall("quarter-end", into: original).status == 0)
        #expect(try importCall("old-wounds", into: original).status == 0)
        let copy = data.url.appendingPathComponent("copy")
        try FileManager.default.copyItem(atPath: original, toPath: copy.path)
        for name in try FileManager.default.contentsOfDirectory(atPath: copy.path) {
            try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: copy.appendingPathComponent(name).path)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: copy.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: copy.path) }
        let before = try FolderSnapshot(copy)

        let reads: [([String], String)] = [
            (["sessions", "list"], "2   "),
            (["sessions", "show", "1"], "# Call 1"),
            (["sessions", "export", "last"], "me: So, what does your company do exactly?"),
            (["sessions", "export", "1", "--format", "json"], "\"notes\""),
            (["sessions", "export", "last", "--format", "md"], "# Call 2"),
            (["review", "last", "--format", "json"], "\"barrierCounts\""),
            (["review", "1", "--format", "md"], "### Excessive goal focus"),
            (["review", "--trend"], "The last 2 calls"),
            (["rules", "stats"], "goal-focus-my-target"),
        ]
        for (arguments, expected) in reads {
            let result = try CommandRunner.secondcall(arguments + ["--data-dir", copy.path])
            #expect(result.status == 0, "\(arguments): \(result.errors)")
            #expect(result.output.contains(expected), "\(arguments) printed: \(result.output.prefix(300))")
        }
        #expect(try FolderSnapshot(copy) == before, "the copy is byte for byte as it was, with no file added")
    }

    @Test func readingAFolderThatDoesNotExistCreatesNothing() throws {
        let folder = data.path("nothing-here")
        let list = try CommandRunner.secondcall(["sessions", "list", "--data-dir", folder])
        #expect(list.status == 0)
        #expect(list.output.contains("no stored calls yet"))
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    /// Two starts on a new folder at the same moment, many times: both imports are kept, and of two live calls
    /// one runs (here it stops at once: there is no terminal) while the other is told who holds the folder.
    @Test func twoStartsOnANewFolderNeverTripOverEachOther() throws {
        for round in 0..<20 {
            let folder = data.path("race-\(round)")
            let imports = Self.together { try importCall("quarter-end", into: folder) }
            #expect(imports.count == 2)
            for result in imports { #expect(result.status == 0, "round \(round): \(result.errors)") }
            let list = try CommandRunner.secondcall(["sessions", "list", "--data-dir", folder]).output
            #expect(list.split(separator: "\n").count == 3, "round \(round): both calls stored\n\(list)")

            let lives = Self.together { try CommandRunner.secondcall(["live", "--data-dir", data.path("live-\(round)")]) }
            #expect(lives.count == 2)
            for result in lives {
                let told = result.errors.contains("need an interactive terminal") || result.errors.contains("another SecondCall (pid ")
                #expect(told, "round \(round): \(result.errors)")
            }
        }
    }

    /// Runs `start` twice at the same moment, on two threads.
    private static func together(_ start: @escaping @Sendable () throws -> CommandRunner.Result) -> [CommandRunner.Result] {
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            if let result = try? start() { results.append(result) }
        }
        return results.all
    }

    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [CommandRunner.Result] = []
        func append(_ result: CommandRunner.Result) { lock.withLock { results.append(result) } }
        var all: [CommandRunner.Result] { lock.withLock { results } }
    }
}
