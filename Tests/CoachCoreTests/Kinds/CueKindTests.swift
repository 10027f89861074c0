import CoachCore
import Testing
import TestSupport

@Suite struct CueKindTests {
    @Test func anchorsAtTheRepsLastNote() throws {
        let kind = CueKind(phrases: try RuleHarness.patterns("like i said"))
        let result = try RuleHarness.flags(kind, "me: how many sites?\nc: three\nme: and how many sites?\nnote to self\nc: like I said, three")
        #expect(result.map(\.line) == [3])
        #expect(result.first?.evidence.contains("like I said") == true)
    }

    @Test func afterQuestionNeedsTheRepsNoteToBeAQuestion() throws {
        let kind = CueKind(phrases: try RuleHarness.patterns("i said that"), afterQuestion: true)
        #expect(try RuleHarness.lines(kind, "me: we could cut the price\nc: price is not it, I said that") == [])
        #expect(try RuleHarness.lines(kind, "me: whats the main issue\nc: the night shift, I said that") == [1])
    }
}
