/// How a practice call went: the outcome, what cost the most trust (in plain words, first), the needs found
/// and missed (with what would have found each), the barriers hit, and trust over the call.
public struct Debrief: Sendable {
    /// Trust a barrier cost over the call: how much, over how many lines, from which turn (1-based).
    public struct Cost: Sendable, Equatable {
        public var barrier: Barrier
        public var trust: Int
        public var lines: Int
        public var firstTurn: Int
    }

    public var outcome: PracticeRun.Outcome
    public var found: [Scenario.Need]
    public var missed: [Scenario.Need]
    public var barriers: [(barrier: Barrier, count: Int)]
    /// What cost trust, the most first.
    public var costs: [Cost]
    public var trust: [Int]

    public init(_ run: PracticeRun) {
        outcome = run.outcome ?? .unfinished
        found = run.revealed.compactMap { id in run.scenario.needs.first { $0.id == id } }
        missed = run.scenario.needs.filter { !run.revealed.contains($0.id) }
        barriers = Barrier.tally(run.turns.flatMap(\.move.barriers))
        trust = run.trustHistory
        var costs: [Cost] = []
        for (index, turn) in run.turns.enumerated() {
            let lost = trust[index] - turn.trust
            guard lost > 0, let barrier = turn.move.barrierThatCostTrust else { continue }
            if let known = costs.firstIndex(where: { $0.barrier == barrier }) {
                costs[known].trust += lost
                costs[known].lines += 1
            } else {
                costs.append(Cost(barrier: barrier, trust: lost, lines: 1, firstTurn: index + 1))
            }
        }
        self.costs = costs.enumerated().sorted { ($1.element.trust, $0.offset) < ($0.element.trust, $1.offset) }.map(\.element)
    }

    /// What would have found a missed need, in words: the moves that earn it, asked about it, and the trust
    /// it waits for.
    public func advice(for need: Scenario.Need) -> String {
        let moves = MoveKind.allCases.filter(need.revealedBy.contains).map(\.advice)
        var text = "\(need.summary). It comes out for \(Self.list(moves)) about it"
        if need.minimumTrust > 0 { text += ", once trust reaches \(need.minimumTrust) (it ended at \(trust.last ?? 0))" }
        return text + "."
    }

    /// The debrief as lines; the first is `outcome: win`, `outcome: lost` or `outcome: unfinished`.
    public var lines: [String] {
        var lines = ["outcome: \(outcome.rawValue)"]
        for (index, cost) in costs.enumerated() {
            let amount = cost.lines == 1 ? "\(cost.trust) trust at turn \(cost.firstTurn)" : "\(cost.trust) trust over \(cost.lines) lines"
            let traits = cost.barrier.traits
            lines.append(index == 0 ? "cost the most trust: \(traits.debriefWhat), \(amount). \(traits.debriefInstead)"
                                    : "also cost trust: \(traits.debriefWhat), \(amount).")
        }
        lines.append("needs uncovered: \(found.count)/\(found.count + missed.count)" + (found.isEmpty ? "" : " (\(found.map(\.summary).joined(separator: "; ")))"))
        lines.append("barriers flagged: " + (barriers.isEmpty ? "none" : barriers.map { "\($0.barrier.rawValue) \($0.count)" }.joined(separator: ", ")))
        lines.append("trust: \(trust.map(String.init).joined(separator: " → "))  \(Sparkline.of(trust.map(Double.init)))")
        for need in missed { lines.append("missed: " + advice(for: need)) }
        return lines
    }

    private static func list(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " or " + items.last!
    }
}
