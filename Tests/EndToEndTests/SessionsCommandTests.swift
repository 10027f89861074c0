import Foundation
import TestSupport
import Testing

@Suite struct SessionsCommandTests {
    let data = try! TemporaryDirectory()
    var dataArguments: [String] { ["--data-dir", data.url.path] }

    private func importCorpusCall(_ name: String) throws -> CommandRunner.Result {
        try CommandRunner.secondcall(["sessions", "import", "\(Fixtures.corpusCalls.path)/\(name).notes"] + dataArguments)
    }

    @Test func importListShowAndExportInEveryFormat() throws {
        let imported = try importCorpusCall("quarter-end")
        #expect(imported.status == 0)
        #expect(imported.output == "imported 9 notes as call 1 (5 barrier flags)\n")

        let list = try CommandRunner.secondcall(["sessions", "list"] + dataArguments)
        let rows = list.output.split(separator: "\n")
        #expect(rows.first?.hasPrefix("ID  WHEN") == true)
        #expect(rows.last?.contains("03:30     relationship  5      live") == true)

        let markdown = try CommandRunner.secondcall(["sessions", "export", "last", "--format", "md"] + dataArguments)
        #expect(markdown.output.contains("# Call 1"))
        #expect(markdown.output.contains("⚑ **excessive-goal-focus**: Your target is showing."))

        let json = try CommandRunner.secondcall(["sessions", "export", "1", "--format", "json"] + dataArguments)
        let object = try #require(try JSONOutput.calls(json.output).first)
        #expect((object["notes"] as? [Any])?.count == 9)
        let flags = try #require(object["flags"] as? [[String: Any]])
        let barriers = flags.filter { $0["barrier"] != nil }
        #expect(barriers.count == 5)
        #expect(flags.count > barriers.count, "strengths are exported too")

        let output = data.path("call.notes")
        let notes = try CommandRunner.secondcall(["sessions", "export", "last", "--output", output] + dataArguments)
        #expect(notes.status == 0)
        let check = try CommandRunner.secondcall(["check", output])
        let original = try CommandRunner.secondcall(["check", "\(Fixtures.corpusCalls.path)/quarter-end.notes"])
        let strip = { (text: String) in text.split(separator: "\n").map { $0.split(separator: ":", maxSplits: 1).last.map(String.init) ?? "" } }
        #expect(check.output.split(separator: "\n").last == original.output.split(separator: "\n").last)
        #expect(strip(check.output).count == strip(original.output).count)
    }

    @Test func importRefusesBadNotesAndStoresNothing() throws {
        let file = data.path("bad.notes")
        try "me: fine\n[1:2] c: broken\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.secondcall(["sessions", "import", file] + dataArguments)
        #expect(result.status == 2)
        #expect(result.errors.contains("bad.notes:2:1: error: bad time stamp"))
        #expect(try CommandRunner.secondcall(["sessions", "list"] + dataArguments).output.contains("no stored calls yet"))
    }

    @Test func deleteAsksUnlessYes() throws {
        _ = try importCorpusCall("old-wounds")
        let kept = try CommandRunner.secondcall(["sessions", "delete", "last"] + dataArguments, input: "n\n")
        #expect(kept.output.contains("Delete call 1 (8 notes)? It cannot be undone. [y/N] kept"))
        let deleted = try CommandRunner.secondcall(["sessions", "delete", "1", "--yes"] + dataArguments)
        #expect(deleted.output == "deleted call 1\n")
        let missing = try CommandRunner.secondcall(["sessions", "show", "1"] + dataArguments)
        #expect(missing.status == 2)
        #expect(missing.errors.contains("no stored call '1'"))
    }

    @Test func aCorruptDatabaseIsNamedAndLeftAlone() throws {
        try data.write("secondcall.sqlite", "this is not sqlite at all, but it is someone's file")
        let result = try CommandRunner.secondcall(["sessions", "list"] + dataArguments)
        #expect(result.status == 2)
        #expect(result.errors.contains("\(data.path("secondcall.sqlite")) cannot be read"))
        #expect(try String(contentsOfFile: data.path("secondcall.sqlite"), encoding: .utf8).hasPrefix("this is not sqlite"))
    }

    @Test func screensNeedATerminal() throws {
        let result = try CommandRunner.secondcall(["live"] + dataArguments)
        #expect(result.status == 2)
        #expect(result.errors.contains("need an interactive terminal"))
    }

    @Test func theDataFolderComesFromTheEnvironment() throws {
        _ = try CommandRunner.secondcall(["sessions", "import", "\(Fixtures.corpusCalls.path)/old-wounds.notes"],
                                         environment: ["SECONDCALL_DATA_DIR": data.path("env")])
        #expect(FileManager.default.fileExists(atPath: data.path("env/secondcall.sqlite")))
    }
}
