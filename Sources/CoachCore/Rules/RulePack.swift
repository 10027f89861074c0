/// Rules ready to run: every phrase of every rule compiled into one matcher, once, at load time.
public struct RulePack: Sendable {
    public let rules: [RuleDefinition]
    let matcher: PhraseMatcher
    /// The matcher's phrase groups for each rule, in the order its kind lists them.
    let phraseSets: [[PhraseMatcher.SetID]]

    public init(rules: [RuleDefinition]) {
        var groups: [[PhrasePattern]] = []
        phraseSets = rules.map { rule in
            rule.kind.phraseLists.map { list in
                guard !list.isEmpty else { return -1 }
                groups.append(list)
                return groups.count - 1
            }
        }
        self.rules = rules
        matcher = PhraseMatcher(groups: groups)
    }

    public func rule(id: String) -> RuleDefinition? { rules.first { $0.id == id } }

    /// A fresh evaluator for each rule, for one call (and its plan, when it has one).
    func makeChecks(plan: CallPlan?) -> [any RuleCheck] {
        let planned = PlannedQuestions(plan?.questions ?? [])
        return zip(rules, phraseSets).map { rule, sets -> any RuleCheck in
            let scope = RuleScope(speaker: rule.speaker, stages: rule.stages)
            func set(_ position: Int) -> PhraseMatcher.SetID? { sets[position] < 0 ? nil : sets[position] }
            switch rule.kind {
            case .phrase:
                return PhraseCheck(scope: scope, phrases: sets[0], exceptions: set(1))
            case .before(_, _, let condition):
                return BeforeCheck(scope: scope, phrases: sets[0], exceptions: set(1), condition: condition)
            case .streak(let count, let minimumWords):
                return StreakCheck(scope: scope, count: count, minimumWords: minimumWords)
            case .length(let maximumWords):
                return LengthCheck(scope: scope, maximumWords: maximumWords)
            case .unanswered(_, _, let within):
                return UnansweredCheck(scope: scope, triggers: sets[0], acknowledgements: sets[1], within: within)
            case .cue:
                return CueCheck(scope: scope, cues: sets[0])
            case .repeatQuestion(let minimumShared):
                return RepeatQuestionCheck(scope: scope, minimumShared: minimumShared)
            case .metric(let condition):
                return MetricCheck(scope: scope, condition: condition)
            case .question(let openOnly):
                return QuestionCheck(scope: scope, openOnly: openOnly)
            case .list(let minimumItems):
                return ListCheck(scope: scope, minimumItems: minimumItems)
            case .plannedQuestion(let minimumShared):
                return PlannedQuestionCheck(scope: scope, planned: planned, minimumShared: minimumShared)
            case .blankPrep(let minimumBlank):
                return BlankPrepCheck(plan: plan, minimumBlank: minimumBlank)
            }
        }
    }
}
