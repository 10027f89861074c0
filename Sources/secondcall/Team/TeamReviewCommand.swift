import ArgumentParser
import CoachApp
import CoachCore
import CoachTeam
import CoachTUI
import Foundation

struct TeamReviewCommand: TeamSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Open a rep's shared call in the review screen (read-only), when its notes were shared.",
        discussion: "Without CALL, lists the rep's shared calls.\nCALL is 'last', a number from that list, or the start of a call's id."
    )

    @Argument(help: "The rep's name, as in 'team report'.")
    var rep: String

    @Argument(help: "'last', a number from the list, or the start of the call's id.")
    var call: String?

    @OptionGroup var team: TeamOptions

    func perform() throws {
        let archive = TeamArchive(try team.address(), rep: rep)
        let calls = try readArchive { try archive.finishedCalls() }
        guard let call else {
            let rows = calls.enumerated().map { index, call in
                [String(index + 1), CallDate.text(call.startedAt), NotesWriter.formatElapsed(call.duration), String(call.barrierFlags),
                 call.notesAvailable ? "shared" : "figures only", String(call.reference.prefix(8))]
            }
            print(calls.isEmpty ? "\(rep) has shared no calls yet"
                                : TextTable.render(header: ["#", "WHEN", "DURATION", "BARRIERS", "NOTES", "ID"], rows: rows))
            return
        }
        guard let chosen = Self.find(call, in: calls) else {
            throw ProblemMessage(message: "\(rep) has no shared call '\(call)'; 'secondcall team review \(rep)' lists them")
        }
        guard chosen.notesAvailable, let review = try readArchive({ try archive.review(of: chosen.reference) }) else {
            throw ProblemMessage(message: "\(rep) did not share the notes of that call; its figures are in 'secondcall team report --rep \(rep)'")
        }
        let readOnly = ProblemMessage(message: "this is \(rep)'s shared call, read-only here")
        try runInTerminal { _ in
            ReviewScreen(review: review, setDismissed: { _, _ in throw readOnly }, setTicked: { _, _ in throw readOnly })
        }
    }

    static func find(_ reference: String, in calls: [ArchivedCall]) -> ArchivedCall? {
        if reference == "last" { return calls.last }
        if let number = Int(reference), calls.indices.contains(number - 1) { return calls[number - 1] }
        let matches = calls.filter { $0.reference.hasPrefix(reference.lowercased()) }
        return matches.count == 1 ? matches[0] : nil
    }
}
