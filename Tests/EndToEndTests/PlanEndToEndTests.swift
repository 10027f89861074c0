import Foundation
import TestSupport
import Testing

/// The real binary: a call planned in the form, saved as a file, and started from it.
@Suite(.serialized) struct PlanEndToEndTests {
    let data = try! TemporaryDirectory()

    @Test func aRepPlansACallAndStartsItFromThePlan() throws {
        let session = try TmuxSession(
            "\(BuiltProducts.secondcall) plan --data-dir \(data.url.path) --account 'Acme Retail' --contact Nick; echo \"exit=$?\"; sleep 60",
            columns: 110, rows: 36)
        #expect(try session.waitFor("Plan a call"))
        try session.send("Down", "Down", "Down")
        try session.type("talk to them about our loyalty app")
        #expect(try session.waitUntil { $0.contains("(^R)") && $0.contains("turns into a pitch") } != nil)
        try session.send("C-r")
        #expect(try session.waitFor("1.  I need to learn whether our loyalty app would matter to them, and why."))
        try session.send("Down", "Down")
        try session.type("What systems do you use for stock counts?")
        try session.send("F5")
        #expect(try session.waitUntil { $0.contains("Planned questions") && $0.contains("Acme Retail · Nick") } != nil)

        try session.type("c: Stock counts are still done on paper across all the stores.")
        try session.send("Enter")
        #expect(try session.waitFor("Homework left blank in the plan"))
        try session.type("me: Which systems handle your stock counts today?")
        try session.send("Enter")
        #expect(try session.waitUntil { screen in
            screen.contains("plan-attachment: That planned question is answered already") && screen.contains("☑ What systems do you use for")
        } != nil)
        try session.send("C-c")
        try session.send("y")
        #expect(try session.waitFor("exit=0"))

        let file = data.url.appendingPathComponent("plans/acme-retail-nick.yaml")
        let saved = try String(contentsOf: file, encoding: .utf8)
        #expect(saved.contains("- I need to learn whether our loyalty app would matter to them, and why."))
        #expect(saved.contains("- What systems do you use for stock counts?"))
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)

        let check = try CommandRunner.secondcall(["plan", "--check", file.path])
        #expect(check.status == 1, "the homework is still blank")
        #expect(check.output.contains("1 objective, 1 in learning mode; 7 of 7 prep items blank"))
    }

    @Test func aBrokenPlanFileStopsTheCallBeforeItStarts() throws {
        try data.write("plan.yaml", "account: Acme\nquestions: What do you sell?\n")
        let result = try CommandRunner.secondcall(["live", "--plan", data.path("plan.yaml"), "--data-dir", data.url.path])
        #expect(result.status == 2)
        #expect(result.errors.contains("plan.yaml:2:12: error: 'questions' must be a list ('- item' lines)"))
    }
}
