import CoachCore
import Testing

/// The barrier table: each barrier reads apart from the others wherever it is shown.
@Suite struct BarrierTableTests {
    @Test func everyBarrierHasItsOwnLetterTitleAndPageColour() {
        let rows = Barrier.allCases.map(\.traits)
        #expect(Set(rows.map(\.mark)).count == Barrier.allCases.count)
        #expect(Set(rows.map(\.title)).count == Barrier.allCases.count)
        #expect(Set(rows.map(\.htmlColour)).count == Barrier.allCases.count)
        #expect(rows.allSatisfy { $0.mark.isUppercase && $0.htmlColour.count == 7 && $0.htmlColour.hasPrefix("#") })
    }

    @Test func aPracticeLineWithSeveralBarriersMakesTheMoveOfTheFirstRanked() {
        let classifier = MoveClassifier(lexicon: MoveLexicon(secondCall: [], walkAway: [], acknowledge: []), needs: [])
        let flag = { (barrier: Barrier) in
            Flag(rule: barrier.rawValue, target: .barrier(barrier), severity: .warning, noteIndex: 0, span: nil,
                 message: "", tip: "", evidence: "")
        }
        let move = { (barriers: [Barrier]) in classifier.classify("We are the best", flags: barriers.map(flag), historyPending: false).kind }
        #expect(move([.pitching, .impatience]) == .push)
        #expect(move([.planAttachment, .prideEnthusiasm]) == .pitch)
        #expect(move([.planAttachment, .lackOfPreparation]) == .unprepared)
        #expect(move([.planAttachment]) == .repeatQuestion)
        #expect(move([.consciousCompetence]) == .statement)
    }
}
