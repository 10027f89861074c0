/// Raises on a trigger note (say, the customer raising a bad experience with us) that the rep's next
/// notes step over: no acknowledging phrase within `within` rep notes. Anchored at the trigger. A trigger
/// the call ends on is not flagged: the rep had no chance to answer it.
final class UnansweredCheck: RuleCheck {
    let scope: RuleScope
    let triggers: PhraseMatcher.SetID
    let acknowledgements: PhraseMatcher.SetID
    let within: Int
    private var pending: [(index: Int, span: Range<Int>, repNotesSince: Int)] = []

    init(scope: RuleScope, triggers: PhraseMatcher.SetID, acknowledgements: PhraseMatcher.SetID, within: Int) {
        self.scope = scope
        self.triggers = triggers
        self.acknowledgements = acknowledgements
        self.within = within
    }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        if context.speaker == .me, !pending.isEmpty {
            if context.matches.contains(acknowledgements) {
                pending.removeAll()
            } else {
                for index in pending.indices { pending[index].repNotesSince += 1 }
                for overdue in pending where overdue.repNotesSince >= within {
                    hits.append(RuleHit(noteIndex: overdue.index, span: overdue.span))
                }
                pending.removeAll { $0.repNotesSince >= within }
            }
        }
        if scope.includes(context), let span = context.matches.span(triggers), pending.count < 8 {
            pending.append((context.index, span, 0))
        }
    }
}
