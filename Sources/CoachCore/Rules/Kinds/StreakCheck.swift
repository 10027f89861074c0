/// Raises when the rep makes several statements in a row without asking anything ("loading the
/// slingshot"). Short acknowledgements ("Got it.") neither count nor break the streak; a question does.
final class StreakCheck: RuleCheck {
    let scope: RuleScope
    let count: Int
    let minimumWords: Int
    private var streak = 0

    init(scope: RuleScope, count: Int, minimumWords: Int) {
        self.scope = scope
        self.count = count
        self.minimumWords = minimumWords
    }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard context.speaker == .me, scope.includesStage(context.facts.stage) else { return }
        if context.isQuestion {
            streak = 0
            return
        }
        guard context.tokens.count >= minimumWords else { return }
        streak += 1
        guard streak >= count else { return }
        streak = 0
        hits.append(RuleHit(noteIndex: context.index, evidence: "\(count) statements in a row without a question"))
    }
}
