/// Raises on a note that holds one of the rule's phrases and none of its exceptions.
final class PhraseCheck: RuleCheck {
    let scope: RuleScope
    let phrases: PhraseMatcher.SetID
    let exceptions: PhraseMatcher.SetID?

    init(scope: RuleScope, phrases: PhraseMatcher.SetID, exceptions: PhraseMatcher.SetID?) {
        self.scope = scope
        self.phrases = phrases
        self.exceptions = exceptions
    }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard scope.includes(context), let span = context.matches.span(phrases),
              !context.matches.contains(exceptions) else { return }
        hits.append(RuleHit(noteIndex: context.index, span: span))
    }
}
