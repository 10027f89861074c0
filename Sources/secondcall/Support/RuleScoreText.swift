import CoachApp
import CoachCore
import Foundation

/// `rules score` as text: the table, the clean calls, then each miss and false alarm on a line of its own.
enum RuleScoreText {
    static func render(_ score: RuleScore) -> String {
        let rows = Barrier.allCases.map { barrier in
            row(barrier.rawValue, score.byBarrier[barrier] ?? RuleScore.Tally())
        } + [row("overall", score.overall)]
        var lines = [TextTable.render(header: ["BARRIER", "LABELS", "FOUND", "FLAGS", "FALSE", "PRECISION", "RECALL", "F1"], rows: rows)]
        let clean = score.cleanCalls
        let alarmed = clean.filter { !$0.falseAlarms.isEmpty }.count
        lines.append("")
        let alarms = alarmed == 0 ? "no false alarm on a clean call"
            : "\(Count.of(score.cleanCallFalseAlarms, "false alarm")) on \(alarmed) of the clean calls"
        lines.append("\(Count.of(score.calls.count, "call")), \(clean.count) clean: \(alarms)")
        let findings = score.calls.flatMap { call in
            call.missed.map { (call.path, $0.line, "missed: \($0.barrier.rawValue)") }
                + call.falseAlarms.map { (call.path, $0.line, "false: \($0.barrier.rawValue) [\($0.rule)]") }
        }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        if !findings.isEmpty { lines.append("") }
        lines += findings.map { "\($0.0):\($0.1): \($0.2)" }
        return lines.joined(separator: "\n")
    }

    private static func row(_ name: String, _ tally: RuleScore.Tally) -> [String] {
        [name, String(tally.labels), String(tally.found), String(tally.flags), String(tally.falseAlarms),
         fixed(tally.precision), fixed(tally.recall), fixed(tally.f1)]
    }

    static func fixed(_ value: Double) -> String { String(format: "%.2f", value) }
}

/// `rules score --format json`: the same figures and findings.
struct RuleScoreJSON: Encodable {
    struct Finding: Encodable {
        var path: String
        var line: Int
        var kind: String
        var barrier: String
        var rule: String?
    }

    var format = 1
    var overall: RuleScore.Tally
    var barriers: [String: RuleScore.Tally]
    var calls: Int
    var cleanCalls: Int
    var cleanCallFalseAlarms: Int
    var findings: [Finding]

    init(_ score: RuleScore) {
        overall = score.overall
        barriers = Dictionary(uniqueKeysWithValues: score.byBarrier.map { ($0.key.rawValue, $0.value) })
        calls = score.calls.count
        cleanCalls = score.cleanCalls.count
        cleanCallFalseAlarms = score.cleanCallFalseAlarms
        findings = score.calls.flatMap { call in
            call.missed.map { Finding(path: call.path, line: $0.line, kind: "missed", barrier: $0.barrier.rawValue) }
                + call.falseAlarms.map { Finding(path: call.path, line: $0.line, kind: "false", barrier: $0.barrier.rawValue, rule: $0.rule) }
        }
    }
}
