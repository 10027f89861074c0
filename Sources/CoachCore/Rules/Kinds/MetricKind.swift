import Foundation

/// A measure of the call (talk share, longest monologue, questions asked) past its limit at a stage
/// change or at the end. Anchored at the stage note, or the call's last note.
public struct MetricKind: RuleKind {
    public static let name = "metric"
    public static let fields = ["measure", "above", "below", "at", "min_notes"]
    public static let defaultSpeakers: Set<Speaker> = []

    public enum Measure: String, Sendable, CaseIterable, Codable {
        /// The rep's share of the words said, in percent.
        case talkShare = "talk-share"
        /// The customer's share of the words said, in percent.
        case listenShare = "listen-share"
        /// The most words the rep said in a row without the customer speaking.
        case monologue
        /// Questions the rep asked so far.
        case questions
    }

    public enum Moment: String, Sendable, CaseIterable, Codable {
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

    public init?(settings: inout some RuleSettings) {
        let measure: Measure? = settings.choice("measure", required: true)
        let moment: Moment? = settings.choice("at", required: true)
        let above = settings.number("above", in: 0...1_000_000)
        let below = settings.number("below", in: 0...1_000_000)
        if !settings.has("above"), !settings.has("below") { settings.report(nil, "a metric rule needs 'above' or 'below'") }
        let minimumNotes = settings.integer("min_notes", in: 0...100_000, default: 0)
        guard let measure, let moment, above != nil || below != nil, let minimumNotes else { return nil }
        self.init(measure: measure, above: above, below: below, at: moment, minimumNotes: minimumNotes)
    }

    public func makeCheck(_ inputs: CheckInputs) -> CompiledCheck { CompiledCheck(.metric(MetricCheck(condition: self))) }

    static func format(_ value: Double, _ measure: Measure) -> String {
        switch measure {
        case .talkShare, .listenShare: "\(Int(value.rounded()))%"
        case .monologue: "\(Int(value)) words"
        case .questions: "\(Int(value))"
        }
    }
}

struct MetricCheck: RuleCheck {
    let condition: MetricKind
    private var lastIndex: Int?

    init(condition: MetricKind) { self.condition = condition }

    mutating func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        lastIndex = context.index
        guard condition.at == .stageChange, case .stage(let newStage) = context.note.body,
              newStage != context.facts.stage else { return }
        check(context.facts, anchor: context.index, into: &hits)
    }

    mutating func observeOutside(_ context: NoteContext, into hits: inout [RuleHit]) { lastIndex = context.index }

    func finish(_ facts: CallFacts, into hits: inout [RuleHit]) {
        guard condition.at == .end, let lastIndex else { return }
        check(facts, anchor: lastIndex, into: &hits)
    }

    private func check(_ facts: CallFacts, anchor: Int, into hits: inout [RuleHit]) {
        guard facts.noteCount >= condition.minimumNotes, let value = value(in: facts) else { return }
        let isAbove = condition.above.map { value > $0 } ?? false
        let isBelow = condition.below.map { value < $0 } ?? false
        guard isAbove || isBelow else { return }
        hits.append(RuleHit(noteIndex: anchor, evidence: "\(condition.measure.rawValue) \(MetricKind.format(value, condition.measure))"))
    }

    private func value(in facts: CallFacts) -> Double? {
        switch condition.measure {
        case .talkShare: facts.talkShare
        case .listenShare: facts.talkShare.map { 100 - $0 }
        case .monologue: Double(facts.longestMonologue)
        case .questions: Double(facts.questions)
        }
    }
}
