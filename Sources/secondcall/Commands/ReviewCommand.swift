import ArgumentParser
import CoachApp
import CoachCore
import CoachStore
import CoachTUI
import Foundation

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review a call: what happened, the flags and what to do instead.",
        discussion: """
        With no call, lists the stored calls to choose from.
        --format writes a report instead of opening the screen: md (for a CRM note), html (one self-contained page with the timeline as SVG) or json (everything the screen shows).
        A report leaves the words of private notes out unless --include-private is given.
        --trend prints barrier counts, talk share and questions over the last live calls: is the rep getting better?
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, json }

    @Argument(help: "A call's id, or 'last'.")
    var call: String?

    @Option(help: "Write a report: md, html or json.")
    var format: Format?

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @ArgumentParser.Flag(name: .customLong("include-private"), help: "Keep the words of private notes in the report, marked as private.")
    var includePrivate = false

    @ArgumentParser.Flag(help: "Show how the last live calls compare.")
    var trend = false

    @Option(help: "How many calls --trend covers.")
    var last = 10

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if output != nil, format == nil, !trend { throw ValidationError("--output needs --format (md, html or json) or --trend") }
        if last < 1 { throw ValidationError("--last must be at least 1") }
    }

    func run() throws {
        if trend { return try writeOutput(TrendReport.render(try recentReviews()), to: output) }
        if let format {
            let stored = try storeOptions.storedCall(call ?? "last")
            let review = includePrivate ? stored.reviewWithPlan : stored.reviewWithPlan.leavingOutPrivateNotes()
            let text = switch format {
            case .md: MarkdownReport.render(review)
            case .html: HTMLReport.render(review)
            case .json: try CallExport.json(stored, includePrivate: includePrivate)
            }
            return try writeOutput(text, to: output)
        }
        let store = try storeOptions.openForReading()
        let screens = ReviewScreens(store: store, writer: LazyStore(storeOptions.directory).store, team: .joinedTeam)
        let first: any Screen = try runStore {
            guard let call else { return try screens.callList() }
            return try screens.screen(for: try store.resolve(call))
        }
        try runInTerminal { _ in first }
    }

    /// The last finished live calls, oldest first (practice is left out: it is not the rep's real calls).
    private func recentReviews() throws -> [CallReview] {
        let store = try storeOptions.openForReading()
        return try runStore { try JournalArchive(store) { $0.plan }.recentReviews(last) }
    }
}
