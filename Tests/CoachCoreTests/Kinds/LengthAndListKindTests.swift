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

    @Test func listItemsAreCountedWithinOneSentenceAndPlusesSeparateThem() throws {
        let notes = """
        me: Shame, that's rough. Look, honestly, it's month-end. If we sign, I'll sort you out.
        me: a live berth map, card payments, auto invoicing + an owners app
        """
        #expect(try RuleHarness.lines(ListKind(minimumItems: 4), notes) == [2])
    }
}
