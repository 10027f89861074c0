import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TestSupport
import Testing

/// `secondcall review` reports and trends, from calls imported as a rep would.
@Suite(.serialized) struct ReviewCommandTests {
    let data = try! TemporaryDirectory()
    /// Dates print in local time; the golden files are in UTC.
    let utc = ["TZ": "UTC"]

    private func importCall(_ fixture: String) throws {
        let result = try CommandRunner.secondcall(["sessions", "import", Fixtures.root.appendingPathComponent(fixture).path,
                                                   "--data-dir", data.url.path])
        try #require(result.status == 0, "\(result.errors)")
    }

    /// Compares with `Tests/Fixtures/review/NAME`; SECONDCALL_UPDATE_GOLDEN=1 rewrites it after a reviewed change.
    private func expectGolden(_ text: String, _ name: String) throws {
        let file = Fixtures.root.appendingPathComponent("review/\(name)")
        if ProcessInfo.processInfo.environment["SECONDCALL_UPDATE_GOLDEN"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(text == (try String(contentsOf: file, encoding: .utf8)), "\(name) differs from its golden file")
    }

    @Test(arguments: ["md", "html", "json"])
    func eachFormatMatchesItsGoldenFile(format: String) throws {
        try importCall("review/pitch-first.notes")
        let result = try CommandRunner.secondcall(["review", "last", "--format", format, "--data-dir", data.url.path], environment: utc)
        #expect(result.status == 0)
        try expectGolden(result.output, "pitch-first.\(format)")
    }

    @Test func theHTMLPageIsWellFormedWithTwoChartsAndNothingFetched() throws {
        try importCall("review/pitch-first.notes")
        let output = data.path("review.html")
        let result = try CommandRunner.secondcall(["review", "last", "--format", "html", "--output", output, "--data-dir", data.url.path])
        #expect(result.status == 0)
        let permissions = try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? Int
        #expect(permissions == 0o600, "a report holds the customer's business")
        let page = try String(contentsOfFile: output, encoding: .utf8)
        let parser = XMLParser(data: Data(page.utf8))
        let counter = ElementCounter()
        parser.delegate = counter
        #expect(parser.parse(), "the page must parse as XML: \(String(describing: parser.parserError))")
        #expect(counter.counts["svg"] == 2)
        #expect(counter.counts["circle"] == 7, "one mark for each barrier flag")
        #expect(counter.counts["script"] == nil)
        #expect(!page.contains("http://") || page.components(separatedBy: "http://").count - 1 == 3, "only the XML namespaces")
        #expect(!page.contains("https://"))
    }

    @Test func theTrendShowsEachCallOldestFirst() throws {
        try importCall("calls/pitch-first.notes")
        try importCall("calls/quarter-end.notes")
        try importCall("calls/retail-shelves-ideal.notes")
        let result = try CommandRunner.secondcall(["review", "--trend", "--last", "2", "--data-dir", data.url.path])
        #expect(result.status == 0)
        let lines = result.output.components(separatedBy: "\n")
        #expect(lines[0] == "The last 2 calls, oldest first")
        #expect(result.output.contains("excessive-goal-focus "))
        let pitching = try #require(lines.first { $0.hasPrefix("pitching ") })
        #expect(pitching.hasSuffix("  0 0"), "quarter-end and the ideal call have no pitching: \(pitching)")
        let questions = try #require(lines.first { $0.hasPrefix("questions ") })
        #expect(questions.contains("▁█") || questions.contains("▁▁") || questions.contains("█▁"))
    }

    @Test func reportsNeedACallThatExists() throws {
        let result = try CommandRunner.secondcall(["review", "last", "--format", "md", "--data-dir", data.url.path])
        #expect(result.status == 2)
        #expect(result.errors.contains("no stored call 'last'"))
    }
}

/// Counts elements by name while parsing.
final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        counts[elementName, default: 0] += 1
    }
}

/// The review screens in a real terminal.
@Suite(.serialized) struct ReviewScreenEndToEndTests {
    let data = try! TemporaryDirectory()

    @Test func aCoachPicksACallDismissesAFlagAndRulesStatsCountsIt() throws {
        let imported = try CommandRunner.secondcall(["sessions", "import", Fixtures.root.appendingPathComponent("review/pitch-first.notes").path,
                                                     "--data-dir", data.url.path])
        try #require(imported.status == 0)
        let session = try TmuxSession("\(BuiltProducts.secondcall) review --data-dir \(data.url.path); echo \"exit=$?\"; sleep 60",
                                      columns: 100, rows: 32)
        #expect(try session.waitUntil { $0.contains("Review past calls") && $0.contains("Northwind Stores · Sam Okafor") } != nil,
                "the list's one call is drawn under its title")
        try session.send("Enter")
        #expect(try session.waitFor("P  Pitching (5)"))
        try session.send("d")
        #expect(try session.waitFor("P  Pitching (4)"))
        try session.send("Enter")
        #expect(try session.waitFor("note 2 of 9"))
        try session.send("Escape")
        try session.send("q")
        try session.send("q")
        #expect(try session.waitFor("exit=0"))

        let stats = try CommandRunner.secondcall(["rules", "stats", "--data-dir", data.url.path])
        let first = stats.output.components(separatedBy: "\n")[1]
        #expect(first.hasPrefix("pitching-about-us "))
        #expect(first.contains("  1       1          100%"), "dismissed on its one flag: the first rule a coach would look at")
    }

    @Test func endingALiveCallOpensItsReview() throws {
        let session = try TmuxSession(
            "\(BuiltProducts.secondcall) live --data-dir \(data.url.path) --account 'Retail Co'; echo \"exit=$?\"; sleep 60",
            columns: 100, rows: 32)
        #expect(try session.waitFor("Retail Co"))
        try session.type("How has the season been across the stores?")
        try session.send("Enter")
        try session.send("Tab")
        try session.type("Flat. Footfall is up and sales are not.")
        try session.send("Enter")
        #expect(try session.waitFor("Footfall is up"))
        try session.send("F10")
        #expect(try session.waitFor("End the call now?"))
        try session.send("y")
        #expect(try session.waitUntil { $0.contains("Review  Retail Co") && $0.contains("What went well (1)") } != nil)
        try session.send("q")
        #expect(try session.waitFor("exit=0"))
    }
}
