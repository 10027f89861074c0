import Foundation

/// Spots objectives framed as something the rep wants or will tell ("get them to decide", "talk to them
/// about our new module") and offers a rewrite as something to learn. Patterns and rewrites are data.
public struct ObjectiveCoach: Sendable {
    /// One way an objective goes wrong, and its learning-mode rewrite. In `rewrite`, `{rest}` stands for
    /// the words after the matched phrase (without a final full stop).
    public struct Pattern: Sendable {
        public var id: String
        public var phrases: [PhrasePattern]
        public var rewrite: String
        public var why: String

        public init(id: String, phrases: [PhrasePattern], rewrite: String, why: String) {
            self.id = id
            self.phrases = phrases
            self.rewrite = rewrite
            self.why = why
        }
    }

    public struct Finding: Equatable, Sendable {
        public var patternID: String
        public var why: String
        public var rewrite: String
    }

    private let patterns: [Pattern]
    private let matcher: PhraseMatcher
    private let learningMode: PhraseMatcher

    /// `learningPhrases` mark an objective that is already about learning (when it starts with one); it
    /// passes untouched.
    public init(patterns: [Pattern], learningPhrases: [PhrasePattern]) {
        self.patterns = patterns
        matcher = PhraseMatcher(groups: patterns.map(\.phrases))
        learningMode = PhraseMatcher(groups: [learningPhrases])
    }

    /// The first pattern (in file order) the objective shows, with its rewrite; nil when it is fine.
    public func review(_ objective: String) -> Finding? {
        let tokens = Tokenizer.tokens(objective)
        var matches = PhraseMatcher.Matches()
        learningMode.match(tokens, into: &matches)
        if let learning = matches.span(0), learning.lowerBound == tokens.first?.range.lowerBound { return nil }
        matcher.match(tokens, into: &matches)
        guard let index = patterns.indices.first(where: { matches.contains($0) }), let span = matches.span(index) else { return nil }
        let utf8 = Array(objective.utf8)
        var rest = String(decoding: utf8[span.upperBound...], as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        if !rest.isEmpty { rest = " " + rest }
        let rewrite = patterns[index].rewrite.replacingOccurrences(of: "{rest}", with: rest)
        return Finding(patternID: patterns[index].id, why: patterns[index].why, rewrite: rewrite)
    }
}
