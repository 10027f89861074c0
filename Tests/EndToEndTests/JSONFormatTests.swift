import Foundation
import TestSupport
import Testing

/// Every JSON SecondCall writes is the one shape, `docs/secondcall.schema.json`: `check`, `review --format
/// json` and `sessions export --format json`, for every labelled call, a planned call and a private note.
@Suite(.serialized) struct JSONFormatTests {
    static let schema = try! JSONSchema(String(contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/secondcall.schema.json"),
                                               encoding: .utf8))

    private func expectTheShape(_ output: String, _ what: String) throws {
        let problems = Self.schema.problems(in: try JSONValue.parse(output))
        #expect(problems.isEmpty, "\(what): \(problems.prefix(5))")
        #expect(try JSONOutput.document(output)["format"] as? Int == 1, "\(what)")
    }

    @Test func checkWritesACallForEachFileItRead() throws {
        let files = try Fixtures.corpusCallNames().map { Fixtures.root.appendingPathComponent("\($0).notes").path }
            + [Fixtures.root.appendingPathComponent("planned-private.notes").path, "/no/such.notes"]
        let result = try CommandRunner.secondcall(["check", "--format", "json"] + files)
        try expectTheShape(result.output, "check")
        let calls = try JSONOutput.calls(result.output)
        #expect(calls.map { $0["file"] as? String } == files.dropLast().map { $0 }, "a file that cannot be read has no call")
        #expect(try JSONOutput.flags(result.output).allSatisfy { $0["line"] is Int && $0["column"] is Int && $0["barrier"] is String })

        let clean = try CommandRunner.secondcall(["check", "--format", "json", "-"], input: "me: How has the season been?\n")
        try expectTheShape(clean.output, "check of a clean call")
        #expect(try JSONOutput.calls(clean.output).first?["flags"] as? [Any] != nil)
        let nothing = try CommandRunner.secondcall(["check", "--format", "json", "/no/such.notes"])
        try expectTheShape(nothing.output, "check of nothing readable")
    }

    @Test func reviewAndExportWriteTheSameCallForEveryStoredCall() throws {
        let data = try TemporaryDirectory()
        let store = ["--data-dir", data.url.path]
        let names = try Fixtures.corpusCallNames() + ["planned-private"]
        for name in names {
            let imported = try CommandRunner.secondcall(["sessions", "import", Fixtures.root.appendingPathComponent("\(name).notes").path] + store)
            try #require(imported.status == 0, "\(imported.errors)")
        }
        for id in 1...names.count {
            for privacy in [[], ["--include-private"]] {
                let review = try CommandRunner.secondcall(["review", String(id), "--format", "json"] + privacy + store).output
                let export = try CommandRunner.secondcall(["sessions", "export", String(id), "--format", "json"] + privacy + store).output
                try expectTheShape(review, "review \(id) \(privacy)")
                #expect(review == export, "call \(id): review and export write one document")
            }
        }
        let planned = try JSONOutput.calls(try CommandRunner.secondcall(["review", "last", "--format", "json"] + store).output)[0]
        #expect(planned["plan"] != nil)
        #expect((planned["notes"] as? [[String: Any]])?.contains { $0["private"] as? Bool == true && $0["line"] == nil } == true,
                "a private note keeps its place, its words left out")
    }
}
