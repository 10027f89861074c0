import ArgumentParser
import CoachCore
import CoachStore
import CoachTeam
import Foundation

/// What goes with a call besides its figures, flags and dismissals.
enum ShareChoice: String, ExpressibleByArgument, CaseIterable { case notes, figures }

struct TeamJoin: TeamSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "join",
        abstract: "Join a team: calls are shared with it when they end.",
        discussion: """
        The URL names this rep's own login.
        Its password comes from PGPASSWORD or ~/.pgpass (or the URL) and is never shown; the connection is kept in the config folder, readable by you alone.
        sslmode=require is honoured.
        """
    )

    @Argument(help: "postgres://LOGIN@HOST:PORT/DATABASE[?sslmode=require]")
    var url: String

    @Option(help: "Your name in the team's reports.")
    var rep: String

    @Option(help: "notes: share each call's notes by default (the review screen's s changes it for one call); figures: only figures, flags and dismissals.")
    var share: ShareChoice = .figures

    @OptionGroup var storeOptions: StoreOptions

    func perform() throws {
        let address = try runTeam { () throws(TeamError) in try TeamAddress(url: url) }
        let rep = rep.trimmingCharacters(in: .whitespaces)
        guard !rep.isEmpty else { throw ValidationError("--rep needs a name") }
        try runTeam { () throws(TeamError) in
            try TeamConnection.withConnection(address) { connection async throws(TeamError) in try await connection.join(as: rep) }
        }
        try TeamSettings(url: url, rep: rep, shareNotes: share == .notes, joinedAt: Date()).save()
        print("joined the team at \(address.description) as \(rep)")
        print(share == .notes ? "each call's figures, flags, dismissals and notes go to the team when it ends"
                              : "each call's figures, flags and dismissals go to the team when it ends; notes stay here unless you share them")
        if let held = try? TeamPackHolder.fetch(address) { print(held) }
    }
}

struct TeamStatus: TeamSubcommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Where the team is, what is queued, when it last synced.")

    @OptionGroup var storeOptions: StoreOptions

    func perform() throws {
        guard let settings = try TeamSettings.load() else {
            print("no team joined; 'secondcall team join URL --rep NAME' joins one")
            return
        }
        let address = try runTeam { () throws(TeamError) in try settings.address() }
        let status = try runStore { try storeOptions.open().teamQueueStatus() }
        var lines = ["team: \(address.description) as \(settings.rep)",
                     "notes: " + (settings.shareNotes ? "shared by default" : "kept here unless shared for a call"),
                     "queue: " + (status.waiting == 0 ? "empty" : "\(Count.of(status.waiting, "call")) waiting")]
        if status.waiting > 0, let problem = status.lastError { lines.append("last problem: \(problem)") }
        if status.waiting > 0, let next = status.nextAttemptAt { lines.append("next try: \(CallDate.text(next)) (or now: 'secondcall team push')") }
        lines.append("last sync: " + (status.lastSentAt.map { "\(CallDate.text($0)), \(Count.of(status.sent, "call")) shared" } ?? "never"))
        lines.append("team pack: " + (TeamPackHolder.held().map { "version \($0.version), published by \($0.publishedBy)" } ?? "none fetched"))
        if let problem = TeamPackHolder.lastFetchProblem() { lines.append("last pack fetch failed \(problem)") }
        print(lines.joined(separator: "\n"))
    }
}

struct TeamLeave: TeamSubcommand {
    static let configuration = CommandConfiguration(commandName: "leave", abstract: "Stop sharing: forget the team's connection and pack.")

    @ArgumentParser.Flag(help: "Also delete every call you shared from the team database.")
    var deleteShared = false

    @OptionGroup var storeOptions: StoreOptions

    func perform() throws {
        let settings = try TeamSettings.required()
        if deleteShared {
            let address = try runTeam { () throws(TeamError) in try settings.address() }
            let deleted = try runTeam { () throws(TeamError) in
                try TeamConnection.withConnection(address) { connection async throws(TeamError) in try await connection.deleteSharedCalls() }
            }
            print("deleted \(Count.of(deleted, "shared call")) from the team database")
        }
        let dropped = try runStore { try storeOptions.open().dropTeamQueue(forgetSent: deleteShared) }
        try TeamSettings.remove()
        TeamPackHolder.remove()
        print("left the team" + (dropped > 0 ? "; \(Count.of(dropped, "call")) that waited to be sent stay here only" : ""))
    }
}

struct TeamPush: TeamSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Send the queue now, with every finished call not yet shared.",
        discussion: "Exits 1 when calls are still waiting (the server could not be reached, or refused one); nothing is lost."
    )

    @Option(help: "notes: share the notes of the calls queued now; figures: only figures, flags and dismissals (default: as joined).")
    var share: ShareChoice?

    @OptionGroup var storeOptions: StoreOptions

    func perform() throws {
        let settings = try TeamSettings.required()
        let address = try runTeam { () throws(TeamError) in try settings.address() }
        let store = try storeOptions.open()
        let shareNotes = share.map { $0 == .notes } ?? settings.shareNotes
        let outcome = try runStore {
            for session in try store.callsNeverQueued() { try store.queueForTeam(session: session, shareNotes: shareNotes) }
            return try TeamSender(store: store, address: address).send(honourBackoff: false)
        }
        print("sent \(Count.of(outcome.sent, "call")) to \(address.description); " + (outcome.waiting == 0 ? "none waiting" : "\(outcome.waiting) waiting"))
        if let problem = outcome.problem {
            printError(problem.description)
            throw ExitCode(1)
        }
    }
}
