/// Rules ready to run: every phrase of every rule compiled into one matcher, once, at load time, with the
/// vocabularies the phrases name and the normaliser that reads notes the way the phrases were read.
/// Its coded form leaves the vocabularies out: whoever stores a compiled pack stores them beside it and
/// hands them back with `readingVocabularies`, to be read only if a command asks for them.
public struct RulePack: Sendable, Codable {
    public let rules: [RuleDefinition]
    public var vocabularies: Vocabularies { deferredVocabularies.value }
    private var deferredVocabularies = DeferredVocabularies(Vocabularies())
    let matcher: PhraseMatcher
    /// The matcher's phrase groups for each rule, in the order its kind lists them.
    let phraseSets: [[PhraseMatcher.SetID?]]
    let reading: ReadingVocabularies
    /// Rules with strong evidence first: when rules of one barrier agree on a note, the surest one speaks.
    let evaluationOrder: [Int]

    enum CodingKeys: String, CodingKey { case rules, matcher, phraseSets, reading, evaluationOrder }

    public init(rules: [RuleDefinition], vocabularies: Vocabularies = Vocabularies(), normaliser: Normaliser = Normaliser()) {
        var groups: [[PhrasePattern]] = []
        func group(_ list: [PhrasePattern]) -> PhraseMatcher.SetID? {
            guard !list.isEmpty else { return nil }
            groups.append(list)
            return groups.count - 1
        }
        phraseSets = rules.map { rule in rule.kind.phraseLists.map(group) }
        reading = ReadingVocabularies(vocabularies: vocabularies, group: group)
        self.rules = rules
        evaluationOrder = rules.indices.filter { rules[$0].evidenceStrength == .strong } + rules.indices.filter { rules[$0].evidenceStrength == .weak }
        deferredVocabularies = DeferredVocabularies(vocabularies)
        matcher = PhraseMatcher(groups: groups, vocabularies: vocabularies, normaliser: normaliser)
    }

    public var normaliser: Normaliser { matcher.normaliser }

    /// The same compiled pack, its vocabularies read by `read` when first asked for.
    public func readingVocabularies(_ read: @escaping @Sendable () -> Vocabularies) -> RulePack {
        var pack = self
        pack.deferredVocabularies = DeferredVocabularies(reading: read)
        return pack
    }

    /// Whether every number in the compiled pack points where it should: a pack read back from a cache is
    /// used only when it is.
    public func isValid() -> Bool {
        func isSet(_ set: PhraseMatcher.SetID?) -> Bool { set.map { $0 >= 0 && $0 < matcher.setCount } ?? true }
        return matcher.isValid() && phraseSets.count == rules.count
            && zip(rules, phraseSets).allSatisfy { $0.kind.phraseLists.count == $1.count && $1.allSatisfy(isSet) }
            && [reading.firstPerson, reading.thirdPerson, reading.purposeQuestion].allSatisfy(isSet)
            && evaluationOrder.sorted() == Array(rules.indices)
    }

    public func rule(id: String) -> RuleDefinition? { rules.first { $0.id == id } }

    /// The same pack with fewer rules (switched off for one run), compiled again.
    public func keeping(_ keep: (RuleDefinition) -> Bool) -> RulePack {
        RulePack(rules: rules.filter(keep), vocabularies: vocabularies, normaliser: normaliser)
    }

    /// A fresh evaluator for each rule, for one call (and its plan, when it has one).
    func makeChecks(plan: CallPlan?) -> [CompiledCheck] {
        let planned = PlannedQuestions(plan?.questions ?? [], normaliser: normaliser)
        return zip(rules, phraseSets).map { rule, sets in
            rule.kind.makeCheck(CheckInputs(sets: sets, form: rule.scope.form, plan: plan, plannedQuestions: planned))
        }
    }
}
