/// A phrase (a proposal, a demo, a price) that comes too soon: before the customer has stated a need,
/// before a stage, or in the first minutes of the call.
public struct BeforeKind: RuleKind {
    public static let name = "before"
    public static let fields = ["phrases", "with", "exceptions", "before"]

    public struct Condition: Sendable, Equatable, Codable {
        public var beforeNeed: Bool
        public var beforeStage: Stage?
        public var withinMinutes: Double?

        public init(beforeNeed: Bool = false, beforeStage: Stage? = nil, withinMinutes: Double? = nil) {
            self.beforeNeed = beforeNeed
            self.beforeStage = beforeStage
            self.withinMinutes = withinMinutes
        }
    }

    public var phrases: [PhrasePattern]
    public var with: [PhrasePattern]
    public var exceptions: [PhrasePattern]
    public var condition: Condition

    public init(phrases: [PhrasePattern], with: [PhrasePattern] = [], exceptions: [PhrasePattern] = [], condition: Condition) {
        self.phrases = phrases
        self.with = with
        self.exceptions = exceptions
        self.condition = condition
    }

    public init?(settings: inout some RuleSettings) {
        let test = settings.phraseTest()
        guard settings.has("before") else {
            settings.report(nil, "missing field 'before' (need: true, stage: opportunity, or minutes: 5)")
            return nil
        }
        guard var before = settings.section("before", fields: ["need", "stage", "minutes"]) else { return nil }
        let condition = Condition(beforeNeed: before.bool("need") ?? false, beforeStage: before.choice("stage"),
                                  withinMinutes: before.number("minutes", in: 0...600))
        guard condition.beforeNeed || condition.beforeStage != nil || condition.withinMinutes != nil else {
            settings.report("before", "'before' needs need: true, a stage, or minutes")
            return nil
        }
        guard let test else { return nil }
        self.init(phrases: test.phrases, with: test.with, exceptions: test.exceptions, condition: condition)
    }

    public var phraseLists: [[PhrasePattern]] { [phrases, with, exceptions] }

    public func makeCheck(_ inputs: CheckInputs) -> CompiledCheck {
        CompiledCheck(.before(BeforeCheck(test: PhraseTest(inputs, from: 0), condition: condition)))
    }
}

struct BeforeCheck: RuleCheck {
    let test: PhraseTest
    let condition: BeforeKind.Condition

    var neededPhrases: PhraseMatcher.SetID? { test.phrases }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard isTooSoon(context), let span = test.span(in: context) else { return }
        hits.append(RuleHit(noteIndex: context.index, span: span))
    }

    private func isTooSoon(_ context: NoteContext) -> Bool {
        let facts = context.facts
        if condition.beforeNeed, facts.needsStated == 0 { return true }
        if let stage = condition.beforeStage, facts.stage < stage { return true }
        if let minutes = condition.withinMinutes, let elapsed = context.note.elapsed ?? facts.lastElapsed,
           Double(elapsed) < minutes * 60 { return true }
        return false
    }
}
