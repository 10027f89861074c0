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

    @Test func theirOwnWordsPlayedBackAreNoList() throws {
        let notes = """
        c: more new oak on the cab, less vanilla, and my cellar hands test every barrel for leaks
        me: so new oak for the cab, less vanilla, barrels that never leak, no testing. right?
        me: toasts, staves, heads, hoops, the full cooperage
        """
        #expect(try RuleHarness.lines(ListKind(minimumItems: 4), notes) == [3])
    }
}
