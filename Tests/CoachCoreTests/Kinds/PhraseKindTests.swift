import CoachCore
import Testing
import TestSupport

@Suite struct PhraseKindTests {
    @Test func respectsSpeakerExceptionsAndStages() throws {
        let kind = PhraseKind(phrases: try RuleHarness.patterns("our platform"), exceptions: try RuleHarness.patterns("your platform"))
        let result = try RuleHarness.flags(kind, "c: our platform\nme: our platform is great\nme: our platform or your platform?")
        #expect(result.map(\.line) == [2])
        #expect(result.first?.evidence == "our platform")
        let staged = try RuleHarness.lines(kind, scope: RuleScope(speakers: [.me], stages: [.commitment]),
                                           "me: our platform\n/stage commitment\nme: our platform")
        #expect(staged == [3])
    }

    @Test func withNeedsBothPhrasesAnywhereInTheNote() throws {
        let kind = PhraseKind(phrases: try RuleHarness.patterns("we", "our"), with: try RuleHarness.patterns("award"))
        let result = try RuleHarness.flags(kind, "me: last year the team won an award\nme: we picked up an award in May\nme: we won")
        #expect(result.map(\.line) == [2])
        #expect(result.first?.evidence == "we picked up an award", "the evidence runs from the first match to the end of the last")
    }
}
