import CoachCore
import Testing
import TestSupport

@Suite struct PlannedKindTests {
    @Test func flagsOnlyWhatTheCustomerAlreadyCovered() throws {
        let kind = PlannedKind(minimumShared: 2, exceptions: try RuleHarness.patterns("why"))
        let plan = CallPlan(questions: ["What systems do you use for stock counts?", "Who else signs off on a new supplier?"])
        let notes = """
        c: Stock counts are still done on paper across all the stores.
        me: Which systems handle your stock counts today?
        me: Who else signs off on a new supplier?
        me: Why has paper stuck for the stock counts?
        """
        let raised = try RuleHarness.flags(kind, plan: plan, notes)
        #expect(raised.map(\.line) == [2])
        #expect(raised.first?.evidence == "planned question \"What systems do you use for stock counts?\": they already spoke of stock, count")
        #expect(try RuleHarness.lines(kind, notes).isEmpty, "without a plan there is nothing to compare with")
        // The same notes do not trip the plain repeat rule: the flag comes from the plan.
        #expect(try RuleHarness.lines(RepeatKind(minimumShared: 2, exceptions: try RuleHarness.patterns("why")), notes).isEmpty)
    }
}
