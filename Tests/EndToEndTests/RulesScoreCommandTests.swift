import Foundation
import TestSupport
import Testing

/// `rules score DIR`: how a pack does on labelled calls, then every miss and false alarm at its place.
@Suite struct RulesScoreCommandTests {
    private func labelledFolder() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        for name in ["quarter-end", "retail-shelves-ideal"] {
            try folder.write("\(name).notes", try Fixtures.text("calls/\(name).notes"))
            try folder.write("\(name).expected", try Fixtures.text("calls/\(name).expected"))
        }
        try folder.write("quiet.notes", "me: Hello there, thanks for the time.\n")
        try folder.write("quiet.expected", "# line barrier\n1 pitching\n")
        try folder.write("unlabelled.notes", "me: this call has no labels and is left out\n")
        return folder
    }

    @Test func theTableThenEveryMissAndFalseAlarm() throws {
        let folder = try labelledFolder()
        let result = try CommandRunner.secondcall(["rules", "score", folder.url.path])
        #expect(result.status == 0)
        let lines = result.output.components(separatedBy: "\n")
        #expect(lines[0].hasPrefix("BARRIER") && lines[0].hasSuffix("PRECISION  RECALL  F1"))
        let impatience = try #require(lines.first { $0.hasPrefix("impatience ") })
        #expect(impatience.split(separator: " ").map(String.init) == ["impatience", "1", "1", "2", "1", "0.50", "1.00", "0.67"])
        let pitching = try #require(lines.first { $0.hasPrefix("pitching ") })
        #expect(pitching.split(separator: " ").map(String.init) == ["pitching", "1", "0", "0", "0", "0.00", "0.00", "0.00"])
        #expect(lines.contains("3 calls, 1 clean: no false alarm on a clean call"))
        #expect(lines.contains("\(folder.url.path)/quarter-end.notes:5: false: impatience [impatience-commitment-before-need]"))
        #expect(lines.contains("\(folder.url.path)/quiet.notes:1: missed: pitching"))
    }

    @Test func falseAlarmsOnCleanCallsAreCountedWithTheCallsTheyFellOn() throws {
        let folder = try TemporaryDirectory()
        try folder.write("talks-about-us.notes", "me: Let me tell you a bit about us.\nc: Go on.\n")
        try folder.write("talks-about-us.expected", "# line barrier\n")
        try folder.write("listens.notes", "me: What is slowing the roll-out down?\n")
        try folder.write("listens.expected", "# line barrier\n")
        let result = try CommandRunner.secondcall(["rules", "score", folder.url.path])
        #expect(result.output.components(separatedBy: "\n").contains("2 calls, 2 clean: 1 false alarm on 1 of the clean calls"), "\(result.output)")
    }

    @Test func jsonCarriesTheSameFigures() throws {
        let folder = try labelledFolder()
        let result = try CommandRunner.secondcall(["rules", "score", "--format", "json", folder.url.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["format"] as? Int == 1)
        #expect(object["calls"] as? Int == 3)
        let overall = try #require(object["overall"] as? [String: Any])
        #expect(overall["labels"] as? Int == 5)
        #expect(overall["falseAlarms"] as? Int == 1)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["kind"] as? String == "missed" && $0["barrier"] as? String == "pitching" && $0["line"] as? Int == 1 })
    }

    @Test func badLabelsAreReportedAtTheirPlace() throws {
        let folder = try TemporaryDirectory()
        try folder.write("a.notes", "me: hi\n")
        try folder.write("a.expected", "# line barrier\n1 pitchin\nseven pitching\n")
        let result = try CommandRunner.secondcall(["rules", "score", folder.url.path])
        #expect(result.status == 2)
        #expect(result.errors.contains("\(folder.url.path)/a.expected:2:3: error: unknown barrier 'pitchin'"))
        #expect(result.errors.contains("\(folder.url.path)/a.expected:3:1: error: expected '<line> <barrier>'"))
        let empty = try CommandRunner.secondcall(["rules", "score", try TemporaryDirectory().url.path])
        #expect(empty.status == 2)
        #expect(empty.errors.contains("no labelled calls in"))
    }

    @Test func aTeamPackIsLintedAndTestedOnTopOfTheShippedOne() throws {
        let pack = try TemporaryDirectory()
        try pack.write("vocabularies/offering.yaml", "about: our product names\nphrases: [routemaster]\nexamples: {match: [our routemaster], miss: [your trucks]}\n")
        try pack.write("naming.yaml", """
            id: naming-the-product
            barrier: pitching
            kind: phrase
            message: m
            tip: t
            phrases: ["@we"]
            with: ["@offering"]
            examples: {flag: ["me: our Routemaster does it"], pass: ["me: which tools do you use?"]}
            """)
        let lint = try CommandRunner.secondcall(["rules", "lint", pack.url.path])
        #expect(lint.status == 0)
        #expect(lint.output == "1 rule, no problems\n", "only the team's own rule is counted; its @we is the shipped vocabulary")
        let test = try CommandRunner.secondcall(["rules", "test", pack.url.path])
        #expect(test.output == "4 passed, 0 failed\n")
    }
}
