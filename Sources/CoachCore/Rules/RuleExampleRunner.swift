/// Runs a rule's own examples: each `flag` snippet must raise it, each `pass` snippet must not.
public enum RuleExampleRunner {
    public struct Failure: Sendable, CustomStringConvertible {
        public var ruleID: String
        public var file: String
        public var expectedFlag: Bool
        public var snippet: String
        public var problem: String

        public var description: String {
            "\(file): \(ruleID): \(problem)\n    \(snippet.replacingOccurrences(of: "\n", with: "\n    "))"
        }
    }

    public struct Outcome: Sendable {
        public var passed = 0
        public var failures: [Failure] = []
    }

    public static func run(_ rules: [RuleDefinition]) -> Outcome {
        var outcome = Outcome()
        for rule in rules {
            let pack = RulePack(rules: [rule])
            for (snippets, expectFlag) in [(rule.examples.flag, true), (rule.examples.pass, false)] {
                for snippet in snippets {
                    if let problem = check(snippet, expectFlag: expectFlag, pack: pack, plan: rule.examples.plan) {
                        outcome.failures.append(Failure(ruleID: rule.id, file: rule.file, expectedFlag: expectFlag,
                                                        snippet: snippet, problem: problem))
                    } else {
                        outcome.passed += 1
                    }
                }
            }
        }
        return outcome
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
