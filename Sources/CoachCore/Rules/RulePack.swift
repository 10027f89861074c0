/// Rules ready to run: every phrase of every rule compiled into one matcher, once, at load time, with the
/// vocabularies the phrases name and the normaliser that reads notes the way the phrases were read.
public struct RulePack: Sendable {
    public let rules: [RuleDefinition]
    public let vocabularies: Vocabularies
    let matcher: PhraseMatcher
    /// The matcher's phrase groups for each rule, in the order its kind lists them.
    let phraseSets: [[PhraseMatcher.SetID?]]
    let selfReports: SelfReportReading

    public init(rules: [RuleDefinition], vocabularies: Vocabularies = Vocabularies(), normaliser: Normaliser = Normaliser()) {
        var groups: [[PhrasePattern]] = []
        func group(_ list: [PhrasePattern]) -> PhraseMatcher.SetID? {
            guard !list.isEmpty else { return nil }
            groups.append(list)
            return groups.count - 1
        }
        phraseSets = rules.map { rule in rule.kind.phraseLists.map(group) }
        selfReports = SelfReportReading(vocabularies: vocabularies, group: group)
        self.rules = rules
        self.vocabularies = vocabularies
        matcher = PhraseMatcher(groups: groups, vocabularies: vocabularies, normaliser: normaliser)
    }

    public var normaliser: Normaliser { matcher.normaliser }

    public func rule(id: String) -> RuleDefinition? { rules.first { $0.id == id } }

    /// The same pack with fewer rules (switched off for one run), compiled again.
    public func keeping(_ keep: (RuleDefinition) -> Bool) -> RulePack {
        RulePack(rules: rules.filter(keep), vocabularies: vocabularies, normaliser: normaliser)
    }

    /// A fresh evaluator for each rule, for one call (and its plan, when it has one).
    func makeChecks(plan: CallPlan?) -> [any RuleCheck] {
        let planned = PlannedQuestions(plan?.questions ?? [], normaliser: normaliser)
        return zip(rules, phraseSets).map { rule, sets in
            rule.kind.makeCheck(CheckInputs(sets: sets, plan: plan, plannedQuestions: planned))
        }
    }
}

/// Tells the rep's self-reports among private notes: a note in the first person (`@first-person`: "I
/// froze"), or one that leaves its subject out the way reps write down what they did ("talked 4 min about
/// our roadmap", "should have read their site"). A note that opens on someone else (`@third-person`: "she
/// went quiet", "the buyer checked his phone") is about the customer. Without those vocabularies, only the
/// first person marks a self-report.
struct SelfReportReading: Sendable {
    static let firstPerson = "first-person"
    static let thirdPerson = "third-person"

    let firstPerson: PhraseMatcher.SetID?
    let thirdPerson: PhraseMatcher.SetID?

    init(vocabularies: Vocabularies, group: (([PhrasePattern]) -> PhraseMatcher.SetID?)) {
        func named(_ name: String) -> PhraseMatcher.SetID? {
            vocabularies[name].flatMap { _ in (try? PhrasePattern("@\(name)")).flatMap { group([$0]) } }
        }
        firstPerson = named(Self.firstPerson)
        thirdPerson = named(Self.thirdPerson)
    }

    func isSelfReport(_ terms: NoteTerms, matches: PhraseMatcher.Matches) -> Bool {
        if matches.contains(firstPerson) { return true }
        guard thirdPerson != nil, let first = terms.terms.first else { return false }
        return matches.span(thirdPerson)?.lowerBound != first.range.lowerBound
    }
}
