/// Raises on the rep's last note when the customer's reply shows what it was ("Like I said, ...",
/// "Slow down", "It's on our website"). Anchored at the rep's note, the one that showed the barrier.
final class CueCheck: RuleCheck {
    let scope: RuleScope
    let cues: PhraseMatcher.SetID

    init(scope: RuleScope, cues: PhraseMatcher.SetID) {
        self.scope = scope
        self.cues = cues
    }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard scope.includes(context), let span = context.matches.span(cues) else { return }
        guard let repNote = context.facts.lastRepNoteIndex else {
            hits.append(RuleHit(noteIndex: context.index, span: span))
            return
        }
        hits.append(RuleHit(noteIndex: repNote, evidence: "the customer's reply: \"\(context.note.text)\""))
    }
}
