import CoachCore
import Testing
import TestSupport

@Suite struct BeforeKindTests {
    @Test func beforeANeedAStageOrMinutes() throws {
        let need = BeforeKind(phrases: try RuleHarness.patterns("proposal"), condition: .init(beforeNeed: true))
        #expect(try RuleHarness.lines(need, "me: a proposal?\n/need faster counts\nme: a proposal then") == [1])
        let stage = BeforeKind(phrases: try RuleHarness.patterns("price"), condition: .init(beforeStage: .opportunity))
        #expect(try RuleHarness.lines(stage, "me: the price\n/stage opportunity\nme: the price") == [1])
        let minutes = BeforeKind(phrases: try RuleHarness.patterns("contract"), condition: .init(withinMinutes: 5))
        #expect(try RuleHarness.lines(minutes, "[01:00] me: contract\n[06:00] me: contract") == [1])
    }

    @Test func aPriceTheCustomerAskedForIsAnAnswer() throws {
        let kind = BeforeKind(phrases: try RuleHarness.patterns("price"), condition: .init(beforeNeed: true))
        let scope = RuleScope(speakers: [.me], skipsAnswers: true)
        let notes = "c: what would the price be with you, roughly?\nme: the price is about ten a unit\nme: and the price drops at volume"
        #expect(try RuleHarness.lines(kind, scope: scope, notes) == [3])
        let purpose = Vocabularies([Vocabulary(name: "purpose-question", phrases: try RuleHarness.patterns("what did you want"))])
        let opening = "c: what did you want to talk about?\nme: the price is about ten a unit"
        #expect(try RuleHarness.lines(kind, scope: scope, vocabularies: purpose, opening) == [2],
                "asking what the call is for is not asking about us")
    }
}
