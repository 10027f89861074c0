import CoachCore
import Testing
import TestSupport

@Suite struct RepeatKindTests {
    @Test func flagsQuestionsAlreadyAnsweredButNotFollowUps() throws {
        let kind = RepeatKind(minimumShared: 2, exceptions: try RuleHarness.patterns("why"))
        let notes = """
        c: we have three warehouses in the north region
        me: how many warehouses are in the north region?
        me: why the north region?
        me: which software runs the warehouses?
        """
        #expect(try RuleHarness.lines(kind, notes) == [2])
    }

    @Test func askingHowManyOfWhatTheyCountedIsARepeat() throws {
        let notes = """
        c: flat chat. 320 berths, forty of them for superyachts
        me: how many berths all up
        me: how many staff on the docks
        me: how many superyachts in a season?
        """
        #expect(try RuleHarness.lines(RepeatKind(minimumShared: 2), notes) == [2])
    }

    @Test func aSummaryWithATagQuestionAsksNothingAgain() throws {
        let notes = """
        c: thirty new barrels for the cab, less vanilla
        me: so thirty new barrels for the cab, less vanilla. right?
        me: so how many new barrels for the cab?
        """
        #expect(try RuleHarness.lines(RepeatKind(minimumShared: 2), notes) == [3])
    }

    @Test func inflectionsAndShorthandAreTheSameWords() throws {
        let normaliser = Normaliser(shorthand: ["wh": "warehouse"])
        let notes = "c: we run three wh up north\nme: how many warehouses do you run up north?"
        #expect(try RuleHarness.lines(RepeatKind(minimumShared: 2), normaliser: normaliser, notes) == [2])
    }
}
