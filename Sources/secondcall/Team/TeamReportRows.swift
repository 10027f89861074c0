import CoachApp
import CoachCore
import CoachTeam

/// The manager's view as rows of text, shared by the terminal and Markdown reports: the main table, the
/// barriers-per-call table and the trend lines.
enum TeamReportRows {
    static let header = ["REP", "CALLS", "TALK %", "QUESTIONS/CALL", "OPEN %", "BARRIERS/CALL", "NEEDS/CALL", "NEXT STEP"]

    static func row(_ summary: RepSummary) -> [String] {
        [summary.rep, String(summary.calls), summary.talkShare.map(whole) ?? "–", tenths(summary.questionsPerCall),
         summary.openShare.map(whole) ?? "–", tenths(summary.barrierFlagsPerCall), tenths(summary.needsPerCall),
         "\(summary.callsWithNextStep) of \(summary.calls)"]
    }

    static var barrierHeader: [String] { ["REP"] + Barrier.allCases.map(\.rawValue) }

    static func barrierRow(_ summary: RepSummary) -> [String] {
        [summary.rep] + Barrier.allCases.map { tenths(summary.barriersPerCall[$0] ?? 0) }
    }

    static let trendHeader = ["REP", "TALK %", "QUESTIONS", "BARRIERS"]

    static func trendRow(_ summary: RepSummary) -> [String] {
        [summary.rep] + [summary.talkShareTrend, summary.questionsTrend, summary.barriersTrend].map {
            Sparkline.of(TeamSummary.squeeze($0))
        }
    }

    static var reference: String {
        "Best calls (Gong Labs): talk share about \(Int(TalkShareReference.bestRepShare))% (\(TalkShareReference.ratio)), "
            + "\(CallReview.questionReference.lowerBound)–\(CallReview.questionReference.upperBound) questions."
    }

    static func whole(_ value: Double) -> String { String(Int(value.rounded())) }
    static func tenths(_ value: Double) -> String { String(format: "%.1f", value) }
}

/// The manager's view in the terminal and in Markdown.
enum TeamReportText {
    static func render(_ summary: TeamSummary, title: String) -> String {
        guard !summary.reps.isEmpty else { return "\(title)\n\nno shared calls yet\n" }
        let rows = summary.reps.map(TeamReportRows.row) + [TeamReportRows.row(summary.team)]
        let barriers = summary.reps.map(TeamReportRows.barrierRow) + [TeamReportRows.barrierRow(summary.team)]
        return """
            \(title)

            \(TextTable.render(header: TeamReportRows.header, rows: rows))

            Barriers per call
            \(TextTable.render(header: TeamReportRows.barrierHeader, rows: barriers))

            Trends, oldest call first
            \(TextTable.render(header: TeamReportRows.trendHeader, rows: summary.reps.map(TeamReportRows.trendRow)))

            \(TeamReportRows.reference)

            """
    }

    static func markdown(_ summary: TeamSummary, title: String) -> String {
        func table(_ header: [String], _ rows: [[String]]) -> String {
            ([header, header.map { _ in "---" }] + rows).map { "| " + $0.map(escape).joined(separator: " | ") + " |" }.joined(separator: "\n")
        }
        guard !summary.reps.isEmpty else { return "# \(title)\n\nNo shared calls yet.\n" }
        return """
            # \(title)

            \(table(TeamReportRows.header, summary.reps.map(TeamReportRows.row) + [TeamReportRows.row(summary.team)]))

            ## Barriers per call

            \(table(TeamReportRows.barrierHeader, summary.reps.map(TeamReportRows.barrierRow) + [TeamReportRows.barrierRow(summary.team)]))

            ## Trends, oldest call first

            \(table(TeamReportRows.trendHeader, summary.reps.map(TeamReportRows.trendRow)))

            \(TeamReportRows.reference)

            """
    }

    private static func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
