import CoachCore
import Testing
import TestSupport

@Suite struct UnansweredKindTests {
    private func kind(within: Int = 2, followUp: Bool = true) throws -> UnansweredKind {
        UnansweredKind(phrases: try RuleHarness.patterns("months late"), acknowledgements: try RuleHarness.patterns("sorry"),
                       within: within, followUp: followUp)
    }

    @Test func anchorsAtTheTriggerAndAllowsAcknowledgement() throws {
        let ignored = "c: it was months late\nme: our platform\nc: hm\nme: our team\n"
        #expect(try RuleHarness.lines(kind(), ignored) == [1])
        #expect(try RuleHarness.lines(kind(), "c: it was months late\nme: I'm sorry to hear that\nme: our team\n").isEmpty)
        #expect(try RuleHarness.lines(kind(), "c: it was months late\n").isEmpty, "the call ended on it")
    }

    @Test func aQuestionAboutTheIncidentAcknowledgesIt() throws {
        let followUp = "c: the install was months late\nme: what did the late install cost you?\n"
        #expect(try RuleHarness.lines(kind(within: 1), followUp).isEmpty)
        #expect(try RuleHarness.lines(kind(within: 1, followUp: false), followUp) == [1])
        #expect(try RuleHarness.lines(kind(within: 1), "c: the install was months late\nme: how many sites do you run?\n") == [1])
    }

    @Test func anAcknowledgementLaterReportsTheFlagResolved() throws {
        let rule = RuleDefinition(id: "history", target: .barrier(.unaddressedHistory), kind: try kind(within: 1), message: "m", tip: "t")
        let engine = RuleEngine(pack: RulePack(rules: [rule]))
        engine.add(.said(.customer, "it was months late"))
        let raised = engine.add(.said(.me, "how many sites do you run?"))
        #expect(raised.map(\.noteIndex) == [0])
        #expect(engine.resolvedByLastNote.isEmpty)
        engine.add(.said(.me, "sorry, going back to the delay, that was on us"))
        #expect(engine.resolvedByLastNote.map(\.noteIndex) == [0])
        engine.add(.said(.me, "anything else?"))
        #expect(engine.resolvedByLastNote.isEmpty, "resolved once")
    }
}
