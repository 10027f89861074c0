/// Raises on a rep note longer than the one-paragraph rule allows.
final class LengthCheck: RuleCheck {
    let scope: RuleScope
    let maximumWords: Int

    init(scope: RuleScope, maximumWords: Int) {
        self.scope = scope
        self.maximumWords = maximumWords
    }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard context.speaker == .me, scope.includesStage(context.facts.stage),
              context.tokens.count > maximumWords else { return }
        hits.append(RuleHit(noteIndex: context.index, evidence: "\(context.tokens.count) words in one go"))
    }
}
