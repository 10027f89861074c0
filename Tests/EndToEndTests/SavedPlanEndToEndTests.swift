import Foundation
import TestSupport
import Testing

/// A call started where a plan was saved for it: the home screen offers the saved plans (the one for the
/// account and contact typed first), and `live --account --contact` finds it and says so.
@Suite(.serialized) struct SavedPlanEndToEndTests {
    /// Three saved plans, oldest first: Acme Retail with Nick, another company, Acme Retail with Sue.
    private func dataWithPlans() throws -> TemporaryDirectory {
        let data = try TemporaryDirectory()
        let plans = data.url.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        let files: [(String, String, Double)] = [
            ("acme-retail-nick.yaml", "account: Acme Retail\ncontact: Nick\nquestions:\n  - What systems do you use for stock counts?\n", 1_790_000_000),
            ("other-co.yaml", "account: Other Co\ncontact: Ann\n", 1_790_100_000),
            ("acme-retail-sue.yaml", "account: Acme Retail\ncontact: Sue\n", 1_790_200_000),
        ]
        for (name, text, time) in files {
            let url = plans.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: time)], ofItemAtPath: url.path)
        }
        return data
    }

    @Test(arguments: ScreenSize.both) func homeOffersTheSavedPlansWithTheMatchingOneFirst(size: ScreenSize) throws {
        let data = try dataWithPlans()
        let session = try TmuxSession("\(BuiltProducts.secondcall) --data-dir \(data.url.path); echo \"exit=$?\"; sleep 60",
                                      columns: size.columns, rows: size.rows)
        #expect(try session.waitFor("Start a call"))
        try session.send("c")
        #expect(try session.waitFor("Who is it with?"))
        try session.type("Acme Retail")
        try session.send("Enter")
        try session.type("Nick")
        try session.send("Enter")
        #expect(try session.waitFor("Start from a saved plan?"))
        // The oldest plan is the list's last row: once it shows, the whole list has been drawn.
        #expect(try session.waitFor("plans/other-co.yaml"))
        let rows = try session.capture().split(separator: "\n").map(String.init).filter { $0.contains("plans/") || $0.contains("without") }
        #expect(rows.count == 4)
        #expect(rows.first?.contains("✔ matches") == true && rows.first?.contains("plans/acme-retail-nick.yaml") == true)
        #expect(rows.dropFirst().first?.contains("start without a plan") == true)
        #expect(rows.dropFirst(2).first?.contains("plans/acme-retail-sue.yaml") == true, "then the rest, newest first")
        try session.send("Enter")
        #expect(try session.waitUntil { $0.contains("Planned questions") && $0.contains("Started from the plan plans/acme-retail-nick.yaml") } != nil)
        try session.send("C-c")
        try session.send("y")
        #expect(try session.waitFor("exit=0"))
    }

    @Test(arguments: ScreenSize.both) func liveFindsThePlanForTheAccountAndContactAndSaysSo(size: ScreenSize) throws {
        let data = try dataWithPlans()
        let live = "\(BuiltProducts.secondcall) live --data-dir \(data.url.path) --account 'Acme Retail' --contact Nick"
        let session = try TmuxSession("\(live); \(live) --no-plan; echo \"exit=$?\"; sleep 60", columns: size.columns, rows: size.rows)
        #expect(try session.waitUntil { $0.contains("Started from the plan plans/acme-retail-nick.yaml") && $0.contains("Planned questions") } != nil)
        try session.send("F10")
        try session.send("y")
        #expect(try session.waitFor("Review"))
        try session.send("Escape")
        #expect(try session.waitFor("Waiting for the call"))
        #expect(!(try session.capture()).contains("Planned questions"), "--no-plan starts without it")
        try session.send("C-c")
        try session.send("y")
        #expect(try session.waitFor("exit=0"))
    }
}
