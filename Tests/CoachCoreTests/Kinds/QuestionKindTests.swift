import CoachCore
import Testing
import TestSupport

@Suite struct QuestionKindTests {
    @Test func openOnlyOrAll() throws {
        #expect(try RuleHarness.lines(QuestionKind(openOnly: true), "me: Is it?\nme: What is it?") == [2])
        #expect(try RuleHarness.lines(QuestionKind(openOnly: false), "me: Is it?\nme: What is it?") == [1, 2])
    }

    @Test func questionsTypedWithoutTheirMarkCount() throws {
        #expect(try RuleHarness.lines(QuestionKind(openOnly: true), "me: whats slowing it down\nme: r u live yet\nme: what a week.") == [1])
        #expect(try RuleHarness.lines(QuestionKind(openOnly: false), "me: whats slowing it down\nme: r u live yet\nme: what a week.") == [1, 2])
    }
}
