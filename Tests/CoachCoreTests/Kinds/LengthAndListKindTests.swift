import CoachCore
import Testing
import TestSupport

@Suite struct LengthAndListKindTests {
    @Test func lengthFlagsPastTheLimitOnly() throws {
        #expect(try RuleHarness.lines(LengthKind(maximumWords: 5), "me: one two three four five\nme: one two three four five six") == [2])
    }

    @Test func listFlagsStatementsOfManyThings() throws {
        #expect(try RuleHarness.lines(ListKind(minimumItems: 3), "me: a, b, c\nme: a, b\nme: a, b, c?") == [1])
    }
}
