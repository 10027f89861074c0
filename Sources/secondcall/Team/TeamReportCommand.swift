import ArgumentParser
import CoachCore
import CoachTeam
import Foundation

struct TeamReportCommand: TeamSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The manager's view: per rep, calls, talk share, questions, barriers, needs and next steps, with trends.",
        discussion: "A manager's login sees the team; a rep's login sees its own calls only (the database decides)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, html, json }

    @Option(help: ArgumentHelp("Only calls started on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: "Only this rep's calls.")
    var rep: String?

    @Option(help: "text, md, html or json.")
    var format: Format = .text

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @OptionGroup var team: TeamOptions

    func validate() throws {
        if let since, Self.day(since) == nil { throw ValidationError("--since must be a day as YYYY-MM-DD, e.g. 2026-03-01") }
    }

    static func day(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.date(from: text)
    }

    func perform() throws {
        let (start, rep) = (since.flatMap(Self.day), rep)
        let calls = try team.withConnection { connection async throws(TeamError) in try await connection.calls(since: start, rep: rep) }
        let summary = TeamSummary(calls)
        let title = "Team report: \(Count.of(summary.reps.count, "rep")), \(Count.of(calls.count, "call"))"
            + (since.map { " since \($0)" } ?? "") + (rep.map { " (\($0))" } ?? "")
        let text = switch format {
        case .text: TeamReportText.render(summary, title: title)
        case .md: TeamReportText.markdown(summary, title: title)
        case .html: TeamReportHTML.render(summary, title: title)
        case .json: try TeamReportJSON.render(summary)
        }
        try writeOutput(text, to: output)
        let unknown = calls.reduce(into: [String: Int]()) { total, call in total.merge(call.figures.unknownBarriers, uniquingKeysWith: +) }
        if let notice = UnknownFlag.notice(counts: unknown, lead: "Not counted") { printError(notice) }
    }
}
