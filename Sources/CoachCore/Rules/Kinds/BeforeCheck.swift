/// Raises on a phrase (a proposal, a demo, a price) that comes too soon: before the customer has stated a
/// need, before a stage, or in the first minutes of the call.
final class BeforeCheck: RuleCheck {
    let scope: RuleScope
    let phrases: PhraseMatcher.SetID
    let exceptions: PhraseMatcher.SetID?
    let condition: BeforeCondition

    init(scope: RuleScope, phrases: PhraseMatcher.SetID, exceptions: PhraseMatcher.SetID?, condition: BeforeCondition) {
        self.scope = scope
        self.phrases = phrases
        self.exceptions = exceptions
        self.condition = condition
    }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard scope.includes(context), let span = context.matches.span(phrases),
              !context.matches.contains(exceptions), isTooSoon(context) else { return }
        hits.append(RuleHit(noteIndex: context.index, span: span))
    }

    private func isTooSoon(_ context: NoteContext) -> Bool {
        let facts = context.facts
        if condition.beforeNeed, facts.needsStated == 0 { return true }
        if let stage = condition.beforeStage, facts.stage < stage { return true }
        if let minutes = condition.withinMinutes, let elapsed = context.note.elapsed ?? facts.lastElapsed,
           Double(elapsed) < minutes * 60 { return true }
        return false
    }
}
