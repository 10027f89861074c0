/// Raises on a rep question for facts the customer has already given: most of its topic words were
/// said by the customer earlier. Questions that dig deeper (why, what's behind, tell me more) or ask what
/// something would mean or be worth are follow-ups, not repeats.
final class RepeatQuestionCheck: RuleCheck {
    let scope: RuleScope
    let minimumShared: Int
    private static let deepening = WordTable([
        "why", "behind", "more", "else", "mean", "feel", "impact", "cause", "causes", "matter", "would", "worth",
        "value", "cost", "costs", "different", "change", "affect", "effect",
    ])

    static func isDeepening(_ token: Tokenizer.Token) -> Bool { deepening.contains(token) }

    init(scope: RuleScope, minimumShared: Int) {
        self.scope = scope
        self.minimumShared = minimumShared
    }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard context.isQuestion, scope.includesStage(context.facts.stage),
              !context.tokens.contains(where: Self.isDeepening) else { return }
        guard context.facts.customerVocabulary.count >= minimumShared else { return }
        let topics = ContentWords.of(context.tokens)
        let known = topics.filter { context.facts.customerVocabulary.contains($0) }
        guard known.count >= minimumShared, known.count * 4 >= topics.count * 3 else { return }
        hits.append(RuleHit(noteIndex: context.index, evidence: "already answered: \(known.map(\.word).joined(separator: ", "))"))
    }
}
