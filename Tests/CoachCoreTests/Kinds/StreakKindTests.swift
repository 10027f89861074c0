import CoachCore
import Testing
import TestSupport

@Suite struct StreakKindTests {
    @Test func countsLongStatementsAndResetsOnQuestions() throws {
        let notes = """
        me: one two three four
        me: ok
        me: five six seven eight
        me: nine ten eleven twelve
        me: what do you think of it?
        me: one two three four
        """
        #expect(try RuleHarness.lines(StreakKind(count: 3, minimumWords: 4), notes) == [4])
    }

    @Test func theCustomerSpeakingBreaksTheStreak() throws {
        let notes = "me: one two three four\nme: five six seven eight\nc: right\nme: nine ten eleven twelve\n"
        #expect(try RuleHarness.lines(StreakKind(count: 3, minimumWords: 4), notes).isEmpty)
    }

    @Test func aQuestionTypedWithoutItsMarkStillBreaksTheStreak() throws {
        let notes = "me: one two three four\nme: five six seven eight\nme: whats slowing it down\nme: nine ten eleven twelve\n"
        #expect(try RuleHarness.lines(StreakKind(count: 3, minimumWords: 4), notes).isEmpty)
    }
}
