import Foundation
import TestSupport
import Testing

/// Exports for a CRM leave the rep's private notes out unless asked; an export of a planned call carries
/// its plan, so `check` on it gives the call's flags.
@Suite(.serialized) struct ExportPrivacyEndToEndTests {
    /// A note to self that raises a flag (conscious competence), so reports quote it too.
    static let privateWords = "lost my train of thought, he sounds tired"

    /// A planned live call typed in the real binary, with a private note among the notes, then ended.
    private func plannedCall(_ data: TemporaryDirectory) throws {
        try data.write("plan.yaml", """
            account: Acme Retail
            contact: Nick
            questions:
              - What systems do you use for stock counts?
            prep:
              what they sell, and to whom: homewares
              recent news:
            """)
        let session = try TmuxSession("\(BuiltProducts.secondcall) live --plan \(data.path("plan.yaml")) --data-dir \(data.url.path); echo \"exit=$?\"; sleep 60",
                                      columns: 80, rows: 24)
        #expect(try session.waitFor("Acme Retail"))
        for line in ["c: Stock counts are still done on paper across all the stores.", "private: \(Self.privateWords)",
                     "me: Which systems handle your stock counts today?", "Let me tell you about our company history."] {
            try session.type(line)
            try session.send("Enter")
            #expect(try session.waitFor(String(line.suffix(6))))
        }
        try session.send("F10")
        try session.send("y")
        #expect(try session.waitFor("Review"))
        try session.send("Escape")
        #expect(try session.waitFor("exit=0"))
    }

    @Test func crmExportsLeavePrivateNotesOutUnlessAskedAndMarkThemWhenIncluded() throws {
        let data = try TemporaryDirectory()
        try plannedCall(data)
        let store = ["--data-dir", data.url.path]
        for arguments in [["sessions", "export", "last", "--format", "md"], ["sessions", "export", "last", "--format", "json"],
                          ["review", "last", "--format", "md"], ["review", "last", "--format", "json"], ["review", "last", "--format", "html"]] {
            let result = try CommandRunner.secondcall(arguments + store)
            #expect(result.status == 0)
            #expect(!result.output.contains("sounds tired"), "\(arguments.joined(separator: " ")) leaves the private note out")
            #expect(result.output.contains("1 private note left out") || result.output.contains("\"privateNotesLeftOut\" : true"))
            let included = try CommandRunner.secondcall(arguments + ["--include-private"] + store)
            #expect(included.output.contains("sounds tired"), "\(arguments.joined(separator: " ")) --include-private keeps it")
        }
        let markdown = try CommandRunner.secondcall(["sessions", "export", "last", "--format", "md", "--include-private"] + store).output
        #expect(markdown.contains("- *private:* `[00:00] \(Self.privateWords)`"))
        let left = try CommandRunner.secondcall(["sessions", "export", "last", "--format", "md"] + store).output
        #expect(left.contains("- *a private note, left out*"))
        let review = try CommandRunner.secondcall(["review", "last", "--format", "md", "--include-private"] + store).output
        #expect(review.contains("1 private note included, each marked 'private note'."))
    }

    @Test func anExportOfAPlannedCallCarriesThePlanAndChecksToTheSameFlags() throws {
        let data = try TemporaryDirectory()
        try plannedCall(data)
        let store = ["--data-dir", data.url.path]
        let export = try CommandRunner.secondcall(["sessions", "export", "last"] + store).output
        #expect(export.contains("plan:\n  account: Acme Retail\n"))
        #expect(export.contains("  - What systems do you use for stock counts?\n"))
        try data.write("call.notes", export)
        let check = try CommandRunner.secondcall(["check", "--format", "json", data.path("call.notes")])
        #expect(check.errors.isEmpty)
        let checked = try JSONOutput.flags(check.output)
        let json = try CommandRunner.secondcall(["sessions", "export", "last", "--format", "json"] + store).output
        let storedBarriers = try JSONOutput.flags(json).filter { $0["barrier"] != nil }
        #expect(checked.compactMap { $0["rule"] as? String }.sorted() == storedBarriers.compactMap { $0["rule"] as? String }.sorted())
        #expect(checked.contains { $0["rule"] as? String == "plan-attachment-planned-question" }, "a flag only the plan can raise")
        #expect(checked.contains { $0["rule"] as? String == "preparation-blank-prep" })

        let imported = try CommandRunner.secondcall(["sessions", "import", data.path("call.notes")] + store)
        #expect(imported.status == 0)
        let again = try CommandRunner.secondcall(["sessions", "export", "last"] + store).output
        #expect(again.contains("plan:\n  account: Acme Retail\n"), "an import keeps the plan too")
    }
}
