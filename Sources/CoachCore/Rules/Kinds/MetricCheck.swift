import Foundation

/// Raises when a measure of the call (talk share, longest monologue, questions asked) is past its limit
/// at a stage change or at the end. Anchored at the stage note, or the call's last note.
final class MetricCheck: RuleCheck {
    let scope: RuleScope
    let condition: MetricCondition
    private var lastIndex: Int?

    init(scope: RuleScope, condition: MetricCondition) {
        self.scope = scope
        self.condition = condition
    }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        lastIndex = context.index
        guard condition.at == .stageChange, case .stage(let newStage) = context.note.body,
              newStage != context.facts.stage, scope.includesStage(context.facts.stage) else { return }
        check(context.facts, anchor: context.index, into: &hits)
    }

    func finish(_ facts: CallFacts, into hits: inout [RuleHit]) {
        guard condition.at == .end, let lastIndex, scope.includesStage(facts.stage) else { return }
        check(facts, anchor: lastIndex, into: &hits)
    }

    private func check(_ facts: CallFacts, anchor: Int, into hits: inout [RuleHit]) {
        guard facts.noteCount >= condition.minimumNotes, let value = value(in: facts) else { return }
        let isAbove = condition.above.map { value > $0 } ?? false
        let isBelow = condition.below.map { value < $0 } ?? false
        if isAbove || isBelow { hits.append(hit(value, anchor)) }
    }

    private func hit(_ value: Double, _ anchor: Int) -> RuleHit {
        RuleHit(noteIndex: anchor, evidence: "\(condition.measure.rawValue) \(Self.format(value, condition.measure))")
    }

    private func value(in facts: CallFacts) -> Double? {
        switch condition.measure {
        case .talkShare: facts.talkShare
        case .listenShare: facts.talkShare.map { 100 - $0 }
        case .monologue: Double(facts.longestMonologue)
        case .questions: Double(facts.questions)
        }
    }

    static func format(_ value: Double, _ measure: MetricCondition.Measure) -> String {
        switch measure {
        case .talkShare, .listenShare: "\(Int(value.rounded()))%"
        case .monologue: "\(Int(value)) words"
        case .questions: "\(Int(value))"
        }
    }
}
