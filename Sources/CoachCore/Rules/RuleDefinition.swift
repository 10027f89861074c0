/// A rule as written in a pack: what it flags, how it decides (its kind), what it says, and examples.
public struct RuleDefinition: Sendable {
    public var id: String
    public var target: RuleTarget
    public var kind: RuleKind
    public var severity: Severity
    /// Whose notes the rule reads; nil for any speaker.
    public var speaker: Speaker?
    /// Stages in which the rule applies; empty for all of them.
    public var stages: [Stage]
    public var message: String
    public var tip: String
    public var examples: RuleExamples
    /// Where the rule came from, for messages.
    public var file: String

    public init(id: String, target: RuleTarget, kind: RuleKind, severity: Severity = .warning, speaker: Speaker? = .me,
                stages: [Stage] = [], message: String, tip: String, examples: RuleExamples = RuleExamples(), file: String = "") {
        self.id = id
        self.target = target
        self.kind = kind
        self.severity = severity
        self.speaker = speaker
        self.stages = stages
        self.message = message
        self.tip = tip
        self.examples = examples
        self.file = file
    }
}

/// Small snippets in the notes format: each `flag` snippet must raise the rule at least once, each
/// `pass` snippet must not raise it at all. Rules that read the call's plan give one for their snippets.
public struct RuleExamples: Sendable {
    public var flag: [String]
    public var pass: [String]
    public var plan: CallPlan?

    public init(flag: [String] = [], pass: [String] = [], plan: CallPlan? = nil) {
        self.flag = flag
        self.pass = pass
        self.plan = plan
    }
}

/// How a rule decides. Each kind is evaluated by its own type in `Kinds/`.
public enum RuleKind: Sendable {
    /// A phrase from the list in a note, unless an exception phrase is there too.
    case phrase(phrases: [PhrasePattern], exceptions: [PhrasePattern])
    /// A phrase seen before a need is stated, before a stage, or in the first minutes of the call.
    case before(phrases: [PhrasePattern], exceptions: [PhrasePattern], condition: BeforeCondition)
    /// Several rep statements in a row with no question.
    case streak(count: Int, minimumWords: Int)
    /// A rep note longer than the one-paragraph rule allows.
    case length(maximumWords: Int)
    /// A trigger note not followed by an acknowledging rep note within a few rep notes.
    case unanswered(phrases: [PhrasePattern], acknowledgements: [PhrasePattern], within: Int)
    /// A customer's reaction that shows something about the rep's note just before it.
    case cue(phrases: [PhrasePattern])
    /// A rep question about what the customer already answered.
    case repeatQuestion(minimumShared: Int)
    /// A call measure past a limit, checked at a stage change or at the end of the call.
    case metric(MetricCondition)
    /// A rep question of a given form (open questions, for the strength).
    case question(openOnly: Bool)
    /// A rep statement listing many things at once.
    case list(minimumItems: Int)
    /// A question from the call's plan that the customer has already answered.
    case plannedQuestion(minimumShared: Int)
    /// Blank homework in the call's plan, raised once at the start of the call.
    case blankPrep(minimumBlank: Int)

    /// The kind's phrase lists, in the order its evaluator expects them (triggers first, then exceptions
    /// or acknowledgements); empty for kinds that read no phrases.
    public var phraseLists: [[PhrasePattern]] {
        switch self {
        case .phrase(let phrases, let exceptions), .before(let phrases, let exceptions, _): [phrases, exceptions]
        case .unanswered(let phrases, let acknowledgements, _): [phrases, acknowledgements]
        case .cue(let phrases): [phrases]
        case .streak, .length, .repeatQuestion, .metric, .question, .list, .plannedQuestion, .blankPrep: []
        }
    }

    public var name: String {
        switch self {
        case .phrase: "phrase"
        case .before: "before"
        case .streak: "streak"
        case .length: "length"
        case .unanswered: "unanswered"
        case .cue: "cue"
        case .repeatQuestion: "repeat"
        case .metric: "metric"
        case .question: "question"
        case .list: "list"
        case .plannedQuestion: "planned"
        case .blankPrep: "prep"
        }
    }
}

public struct BeforeCondition: Sendable, Equatable {
    public var beforeNeed: Bool
    public var beforeStage: Stage?
    public var withinMinutes: Double?

    public init(beforeNeed: Bool = false, beforeStage: Stage? = nil, withinMinutes: Double? = nil) {
        self.beforeNeed = beforeNeed
        self.beforeStage = beforeStage
        self.withinMinutes = withinMinutes
    }
}

public struct MetricCondition: Sendable, Equatable {
    public enum Measure: String, Sendable, CaseIterable {
        /// The rep's share of the words said, in percent.
        case talkShare = "talk-share"
        /// The customer's share of the words said, in percent.
        case listenShare = "listen-share"
        /// The most words the rep said in a row without the customer speaking.
        case monologue
        /// Questions the rep asked so far.
        case questions
    }

    public enum Moment: String, Sendable, CaseIterable {
        case stageChange = "stage-change"
        case end
    }

    public var measure: Measure
    public var above: Double?
    public var below: Double?
    public var at: Moment
    /// Calls with fewer notes than this say too little to measure.
    public var minimumNotes: Int

    public init(measure: Measure, above: Double? = nil, below: Double? = nil, at: Moment, minimumNotes: Int = 0) {
        self.measure = measure
        self.above = above
        self.below = below
        self.at = at
        self.minimumNotes = minimumNotes
    }
}
