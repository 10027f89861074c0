/// Runs a pack's own examples: each rule's `flag` snippets must raise it and its `pass` snippets must not;
/// each vocabulary must find a phrase in its `match` texts and none in its `miss` texts.
public enum RuleExampleRunner {
    public struct Failure: Sendable, CustomStringConvertible {
        /// The rule's id, or `@name` for a vocabulary.
        public var ruleID: String
        public var file: String
        public var snippet: String
        public var problem: String

        public var description: String {
            "\(file): \(ruleID): \(problem)\n    \(snippet.replacingOccurrences(of: "\n", with: "\n    "))"
        }
    }

    public struct Outcome: Sendable {
        public var passed = 0
        public var failures: [Failure] = []

        mutating func record(_ problem: String?, id: String, file: String, snippet: String) {
            if let problem {
                failures.append(Failure(ruleID: id, file: file, snippet: snippet, problem: problem))
            } else {
                passed += 1
            }
        }
    }

    /// Every rule's examples, each rule on its own (with the pack's vocabularies and normaliser), then
    /// every vocabulary's examples; only those from files `include` accepts (a team's own pack folder).
    public static func run(_ pack: RulePack, from include: (String) -> Bool = { _ in true }) -> Outcome {
        var outcome = Outcome()
        for rule in pack.rules where include(rule.file) {
            let single = RulePack(rules: [rule], vocabularies: pack.vocabularies, normaliser: pack.normaliser)
            for (snippets, expectFlag) in [(rule.examples.flag, true), (rule.examples.pass, false)] {
                for snippet in snippets {
                    outcome.record(check(snippet, expectFlag: expectFlag, pack: single, plan: rule.examples.plan),
                                   id: rule.id, file: rule.file, snippet: snippet)
                }
            }
        }
        runVocabularies(pack, from: include, into: &outcome)
        return outcome
    }

    private static func runVocabularies(_ pack: RulePack, from include: (String) -> Bool, into outcome: inout Outcome) {
        for name in pack.vocabularies.names {
            guard let vocabulary = pack.vocabularies[name], let pattern = try? PhrasePattern("@\(name)") else { continue }
            let matcher = PhraseMatcher(groups: [[pattern]], vocabularies: pack.vocabularies, normaliser: pack.normaliser)
            for source in vocabulary.sources where include(source.file) {
                check(source, of: name, with: matcher, into: &outcome)
            }
        }
    }

    /// A vocabulary file's examples against the whole vocabulary (every pack's phrases for it).
    private static func check(_ source: Vocabulary.Source, of name: String, with matcher: PhraseMatcher, into outcome: inout Outcome) {
        for (texts, expectMatch) in [(source.examples.match, true), (source.examples.miss, false)] {
            for text in texts {
                let found = matcher.match(text).matches.span(0).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
                let problem: String? = switch (expectMatch, found) {
                case (true, nil): "a 'match' example found no phrase"
                case (false, let words?): "a 'miss' example found \"\(words)\""
                default: nil
                }
                outcome.record(problem, id: "@\(name)", file: source.file, snippet: text)
            }
        }
    }

    private static func check(_ snippet: String, expectFlag: Bool, pack: RulePack, plan: CallPlan?) -> String? {
        let parsed = NotesParser.parse(snippet)
        if let error = parsed.errors.first { return "example is not valid notes: \(error)" }
        let flags = RuleEngine.flags(for: parsed.document.notes, pack: pack, plan: plan)
        if expectFlag, flags.isEmpty { return "a 'flag' example raised nothing" }
        if !expectFlag, let flag = flags.first { return "a 'pass' example raised a flag on \"\(flag.evidence)\"" }
        return nil
    }
}
