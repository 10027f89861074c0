import CoachCore
import Testing
import TestSupport

@Suite struct MetricKindTests {
    @Test func atStageChangeAndAtTheEnd() throws {
        let questions = MetricKind(measure: .questions, below: 2, at: .stageChange)
        #expect(try RuleHarness.lines(questions, "me: hello\n/stage opportunity\n/stage commitment") == [2, 3])
        let share = MetricKind(measure: .talkShare, above: 60, at: .end, minimumNotes: 3)
        let result = try RuleHarness.flags(share, "me: one two three four five six seven\nc: yes\nme: eight nine ten")
        #expect(result.map(\.line) == [3])
        #expect(result.first?.evidence == "talk-share 91%")
        #expect(try RuleHarness.lines(share, "me: one two three\nc: yes").isEmpty, "under min_notes")
    }

    @Test func questionsCountByTheirForm() throws {
        let questions = MetricKind(measure: .questions, below: 2, at: .stageChange)
        #expect(try RuleHarness.lines(questions, "me: hows the rollout going\nme: whats slowing it down\n/stage opportunity").isEmpty)
    }

    @Test func aCallWrittenUpAfterwardsCountsTheQuestionsItSaysWereAsked() throws {
        let questions = MetricKind(measure: .questions, below: 2, at: .stageChange)
        let thirdPerson = Vocabularies([Vocabulary(name: "third-person", phrases: try RuleHarness.patterns("he", "she"))])
        let writtenUp = "Asked how the exhibition is coming along.\nThen asked who reads the light levels today.\n/stage opportunity"
        #expect(try RuleHarness.lines(questions, vocabularies: thirdPerson, writtenUp).isEmpty)
        let theirs = "She asked about the price.\nHe asked for a demo.\n/stage opportunity"
        #expect(try RuleHarness.lines(questions, vocabularies: thirdPerson, theirs) == [3], "the customer's questions are not the rep's")
    }
}
