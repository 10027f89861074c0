/// Raises on rep questions (open ones only, when asked): the kind behind the open-question strength.
final class QuestionCheck: RuleCheck {
    let scope: RuleScope
    let openOnly: Bool

    init(scope: RuleScope, openOnly: Bool) {
        self.scope = scope
        self.openOnly = openOnly
    }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard context.isQuestion, scope.includesStage(context.facts.stage),
              !openOnly || context.isOpenQuestion else { return }
        hits.append(RuleHit(noteIndex: context.index))
    }
}
