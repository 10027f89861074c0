/// How a practice call went: the outcome, the needs found and missed (with the move that would have
/// found each), the barriers hit, and trust over the call.
public struct Debrief: Sendable {
    public var outcome: PracticeRun.Outcome
    public var found: [Scenario.Need]
    public var missed: [Scenario.Need]
    public var barriers: [(barrier: Barrier, count: Int)]
    public var trust: [Int]

    public init(_ run: PracticeRun) {
        outcome = run.outcome ?? .unfinished
        found = run.revealed.compactMap { id in run.scenario.needs.first { $0.id == id } }
        missed = run.scenario.needs.filter { !run.revealed.contains($0.id) }
        barriers = Barrier.tally(run.turns.flatMap(\.move.barriers))
        trust = run.trustHistory
    }

    /// The move that would have found a missed need, in words.
    public static func advice(for need: Scenario.Need) -> String {
        let moves = MoveKind.allCases.filter(need.revealedBy.contains).map(\.advice)
        let topic = need.topic.prefix(3).map { $0.source.replacingOccurrences(of: "*", with: "…") }.joined(separator: ", ")
        let trust = need.minimumTrust > 0 ? ", with trust at \(need.minimumTrust) or more" : ""
        return "\(need.summary): try \(moves.joined(separator: " or ")) on \(topic)\(trust)"
    }

    /// The debrief as lines; the first is `outcome: win`, `outcome: lost` or `outcome: unfinished`.
    public var lines: [String] {
        var lines = ["outcome: \(outcome.rawValue)",
                     "needs uncovered: \(found.count)/\(found.count + missed.count)" + (found.isEmpty ? "" : " (\(found.map(\.summary).joined(separator: "; ")))")]
        lines.append("barriers hit: " + (barriers.isEmpty ? "none" : barriers.map { "\($0.barrier.rawValue) \($0.count)" }.joined(separator: ", ")))
        lines.append("trust: \(trust.map(String.init).joined(separator: " → "))  \(Sparkline.of(trust.map(Double.init)))")
        for need in missed { lines.append("missed: " + Self.advice(for: need)) }
        return lines
    }
}
