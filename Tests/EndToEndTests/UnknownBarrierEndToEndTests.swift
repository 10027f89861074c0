import Foundation
import GRDB
import TestSupport
import Testing

/// A call whose journal holds a flag under a barrier this version does not know (a newer SecondCall's):
/// every command that prints the call says so, and drops none of the flags it knows.
@Suite struct UnknownBarrierEndToEndTests {
    let data = try! TemporaryDirectory()
    var dataArguments: [String] { ["--data-dir", data.url.path] }

    @Test func showReviewAndExportSayWhatTheyCannotShow() throws {
        let imported = try CommandRunner.secondcall(["sessions", "import", "\(Fixtures.corpusCalls.path)/quarter-end.notes"] + dataArguments)
        #expect(imported.output == "imported 9 notes as call 1 (5 barrier flags)\n")
        let queue = try DatabaseQueue(path: data.path("secondcall.sqlite"))
        try queue.write { db in
            try db.execute(sql: "UPDATE flag SET target = 'over-promising' WHERE id = (SELECT MIN(id) FROM flag WHERE target = 'excessive-goal-focus')")
        }
        try queue.close()

        let show = try CommandRunner.secondcall(["sessions", "show", "last"] + dataArguments)
        #expect(show.status == 0)
        #expect(show.output.contains("⚑ **over-promising** (unknown to this version)"))
        #expect(show.output.components(separatedBy: "  - ⚑ **").count - 1 == 5, "the four flags it knows, and the one it does not")

        let markdown = try CommandRunner.secondcall(["review", "last", "--format", "md"] + dataArguments)
        #expect(markdown.output.contains(
            "Not shown: 1 flag under 'over-promising', which this version does not know; a newer SecondCall reads them."))

        let trend = try CommandRunner.secondcall(["review", "--trend"] + dataArguments)
        #expect(trend.output.contains("Not counted: 1 flag under 'over-promising', which this version does not know"))

        let json = try CommandRunner.secondcall(["sessions", "export", "last", "--format", "json"] + dataArguments)
        let call = try #require(try JSONOutput.calls(json.output).first)
        let unknown = try #require(call["unknownFlags"] as? [[String: Any]])
        #expect(unknown.map { $0["target"] as? String } == ["over-promising"])
    }
}
