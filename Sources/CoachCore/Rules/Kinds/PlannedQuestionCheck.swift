/// Raises when the rep asks a question from the plan that the customer has already answered: the list is
/// being followed for its own sake. Questions that dig deeper are follow-ups, as for `repeat`.
final class PlannedQuestionCheck: RuleCheck {
    let scope: RuleScope
    let planned: PlannedQuestions
    let minimumShared: Int

    init(scope: RuleScope, planned: PlannedQuestions, minimumShared: Int) {
        self.scope = scope
        self.planned = planned
        self.minimumShared = minimumShared
    }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard !planned.isEmpty, context.isQuestion, scope.includesStage(context.facts.stage),
              !context.tokens.contains(where: RepeatQuestionCheck.isDeepening),
              let index = planned.asked(by: context.tokens),
              let known = planned.answeredWords(of: index, customerVocabulary: context.facts.customerVocabulary,
                                                minimumShared: minimumShared) else { return }
        hits.append(RuleHit(noteIndex: context.index,
                            evidence: "planned question \"\(planned.questions[index])\": they already spoke of \(known.joined(separator: ", "))"))
    }
}
