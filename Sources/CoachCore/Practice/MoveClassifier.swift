/// Reads a rep's line as a move: first the phrases only practice knows (second call, walking away,
/// acknowledging history), then what the rules engine flagged on it (the barriers' practice ranks decide
/// between them), then its form (open, closed, a
/// statement). Its topics are the needs whose topic words the line uses.
public struct MoveClassifier: Sendable {
    private let matcher: PhraseMatcher
    private let needIDs: [String]
    private static let (secondCall, walkAway, acknowledge) = (0, 1, 2)

    public init(lexicon: MoveLexicon, needs: [Scenario.Need], vocabularies: Vocabularies = Vocabularies(),
                normaliser: Normaliser = Normaliser()) {
        matcher = PhraseMatcher(groups: [lexicon.secondCall, lexicon.walkAway, lexicon.acknowledge] + needs.map(\.topic),
                                vocabularies: vocabularies, normaliser: normaliser)
        needIDs = needs.map(\.id)
    }

    /// `flags` are the flags the rules engine anchored on this line; `historyPending` is true when the
    /// customer's last line raised a bad past.
    public func classify(_ text: String, flags: [Flag], historyPending: Bool) -> Move {
        let (matches, _) = matcher.match(text)
        let topics = needIDs.indices.filter { matches.contains(3 + $0) }.map { needIDs[$0] }
        let barriers = flags.compactMap(\.barrier)
        let strengths = Set(flags.compactMap(\.target.strength))
        let form = QuestionForm.form(of: text, tokens: Tokenizer.tokens(text))
        let kind: MoveKind
        if matches.contains(Self.secondCall) {
            kind = .secondCall
        } else if matches.contains(Self.walkAway) {
            kind = .walkAway
        } else if historyPending {
            kind = matches.contains(Self.acknowledge) ? .acknowledgeHistory : .ignoreHistory
        } else if let practice = barriers.compactMap(\.traits.practice).min(by: { $0.rank < $1.rank }) {
            kind = practice.move
        } else if strengths.contains(.summary) {
            kind = .summary
        } else if strengths.contains(.futureForward) {
            kind = .futureForward
        } else if form.isQuestion {
            kind = form.isOpen ? .openQuestion : .closedQuestion
        } else {
            kind = .statement
        }
        return Move(kind: kind, topics: topics, barriers: barriers)
    }
}
