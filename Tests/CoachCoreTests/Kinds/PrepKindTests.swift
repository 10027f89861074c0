import CoachCore
import Testing
import TestSupport

@Suite struct PrepKindTests {
    @Test func raisesOnceAtTheFirstNote() throws {
        let kind = PrepKind(minimumBlank: 1)
        var plan = CallPlan()
        plan.prep[0].answer = "garden tools to independent shops"
        plan.prep[1].answer = "spring sales"
        plan.prep[3].answer = "tight before the season"
        let raised = try RuleHarness.flags(kind, plan: plan, "/stage relationship\nme: Thanks for the time.\nc: Sure.\n")
        #expect(raised.map(\.line) == [1])
        #expect(raised.first?.evidence == "4 of 7 prep items blank: what their main costs are, recent news, their history with us, and anything to acknowledge, what a second call would be for")
        for index in plan.prep.indices { plan.prep[index].answer = "done" }
        #expect(try RuleHarness.lines(kind, plan: plan, "me: Thanks for the time.\n").isEmpty)
        #expect(try RuleHarness.lines(kind, "me: Thanks for the time.\n").isEmpty)
    }
}
