/// A question from the call's plan that the customer has already answered: the list is being followed
/// for its own sake. Questions that dig deeper are listed as `exceptions`, as for `repeat`.
public struct PlannedKind: AnsweredQuestionKind {
    public static let name = "planned"

    public var answered: AnsweredQuestion

    public init(answered: AnsweredQuestion) { self.answered = answered }

    public func makeCheck(_ inputs: CheckInputs) -> any RuleCheck {
        PlannedCheck(planned: inputs.plannedQuestions, minimumShared: answered.minimumShared, exceptions: inputs.sets[0])
    }
}

final class PlannedCheck: RuleCheck {
    let planned: PlannedQuestions
    let minimumShared: Int
    let exceptions: PhraseMatcher.SetID?

    init(planned: PlannedQuestions, minimumShared: Int, exceptions: PhraseMatcher.SetID?) {
        self.planned = planned
        self.minimumShared = minimumShared
        self.exceptions = exceptions
    }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard !planned.isEmpty, context.reading.isQuestion, !context.matches.contains(exceptions),
              let index = planned.asked(by: context.terms),
              let known = planned.answeredWords(of: index, customerVocabulary: context.facts.customerVocabulary,
                                                minimumShared: minimumShared) else { return }
        hits.append(RuleHit(noteIndex: context.index,
                            evidence: "planned question \"\(planned.questions[index])\": they already spoke of \(known.joined(separator: ", "))"))
    }
}
