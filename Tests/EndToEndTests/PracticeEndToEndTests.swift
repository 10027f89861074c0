import Foundation
import TestSupport
import Testing

/// Practice through the real binary: listing, replays, scenario checks, and a short call in a terminal.
@Suite(.serialized) struct PracticeEndToEndTests {
    let data = try! TemporaryDirectory()

    @Test func theListHasOneScenarioALineIdFirst() throws {
        let result = try CommandRunner.secondcall(["practice", "--list"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").dropFirst()
        #expect(lines.count == 6)
        #expect(lines.first?.hasPrefix("launch-enthusiasm  The product-launch enthusiasm trap") == true)
        #expect(lines.contains { $0.hasPrefix("not-a-fit ") && $0.contains("hard") })
    }

    @Test func aReplayPrintsTheTranscriptAndTheDebrief() throws {
        let replay = Fixtures.root.appendingPathComponent("practice/quarter-end.lose.notes").path
        let result = try CommandRunner.secondcall(["practice", "quarter-end", "--replay", replay])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Dana Reyes (Head of logistics, Brightwater Foods): Good to talk again."))
        #expect(result.output.contains("me: Great. I really need to get this deal closed this quarter"))
        let debrief = result.output.components(separatedBy: "\n\n").last ?? ""
        #expect(debrief.hasPrefix("""
            outcome: lost
            cost the most trust: pushing for what you wanted: the order, the meeting, your quarter, 40 trust over 2 lines. \
            Leave your target out of their call; ask what they need to decide.
            needs uncovered: 0/2
            barriers flagged: impatience 2, excessive-goal-focus 2
            """))
    }

    @Test func anUnknownScenarioOrABrokenOneIsRefused() throws {
        let unknown = try CommandRunner.secondcall(["practice", "no-such"])
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("no scenario 'no-such'; 'secondcall practice --list' shows them"))

        try data.write("scenarios/broken.yaml", try Fixtures.text("practice/lint/valid.yaml").replacingOccurrences(of: "needs: [budget]", with: "needs: [budjet]"))
        let lint = try CommandRunner.secondcall(["scenarios", "lint", data.path("scenarios")])
        #expect(lint.status == 1)
        #expect(lint.output.contains("broken.yaml:32:1: error: the win needs 'budjet', which is not a need of this scenario"))
        #expect(lint.output.hasSuffix("0 scenarios read; 1 problem in 1 file\n") || lint.output.hasSuffix("1 scenario read; 1 problem in 1 file\n"))
        let shipped = try CommandRunner.secondcall(["scenarios", "lint"])
        #expect(shipped.status == 0)
        #expect(shipped.output == "6 scenarios read; 0 problems in 0 files\n")
    }

    @Test func aShortScenarioPlayedInARealTerminalIsStoredAndReviewable() throws {
        let session = try TmuxSession(
            "\(BuiltProducts.secondcall) practice not-a-fit --data-dir \(data.url.path); echo \"exit=$?\"; sleep 60", columns: 110, rows: 32)
        #expect(try session.waitFor("I filled in your form"))
        try session.send("F2")
        #expect(try session.waitFor("Brief: The prospect who is not a fit"))
        try session.send("Escape")
        try session.type("Thanks for calling back, Tom. How do you book repairs in the shop today?")
        try session.send("Enter")
        #expect(try session.waitFor("paper diary"))
        try session.type("It sounds like the diary works for three of you. Honestly, I don't think we're the right fit for a shop your size.")
        try session.send("Enter")
        #expect(try session.waitFor("You earned the second call. Enter: the debrief"))
        try session.send("Enter")
        #expect(try session.waitFor("needs uncovered: 1/2"))
        try session.send("r")
        #expect(try session.waitFor("Review  Becker Bikes (3 people) · Tom Becker"))
        try session.send("q")
        #expect(try session.waitFor("exit=0"))

        let list = try CommandRunner.secondcall(["sessions", "list", "--data-dir", data.url.path])
        #expect(list.output.contains("Becker Bikes (3 people)"))
        #expect(list.output.contains("practice"))
    }
}
