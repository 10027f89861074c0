import ArgumentParser
import CoachTeam
import Foundation

struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "Share finished calls with a team on PostgreSQL: one rule pack, every rep's calls, the manager's view.",
        discussion: """
        Opt-in: nothing leaves the machine until 'team join'.
        Calls are shared when they end: figures, flags and dismissals always, notes only when the rep chooses.
        The README has a five-minute walkthrough.
        """,
        subcommands: [TeamInit.self, TeamAdd.self, TeamJoin.self, TeamStatus.self, TeamLeave.self, TeamPush.self,
                      TeamReportCommand.self, TeamReviewCommand.self, TeamRulesCommand.self]
    )
}

struct TeamInit: TeamSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Set up (or bring up to date) the team's tables, row-level security and roles. Run by an admin.",
        discussion: "Creates the group roles TEAM_rep and TEAM_manager; TEAM is the database's name unless --team says."
    )

    @Argument(help: "An admin's URL: a login that may create schemas and roles.")
    var url: String

    @Option(help: "The team's name, for its roles (letters, digits and _).")
    var team: String?

    func perform() throws {
        let address = try runTeam { () throws(TeamError) in try TeamAddress(url: url) }
        let team = team
        let applied = try runTeam { () throws(TeamError) in
            try TeamConnection.withConnection(address) { connection async throws(TeamError) in
                try await TeamSetup.initialise(connection, team: team)
            }
        }
        print(applied.isEmpty ? "\(address.description) is up to date"
                              : "\(address.description): set up (migration \(applied.map(String.init).joined(separator: ", ")))")
        print("next: 'secondcall team add LOGIN --role rep --url \(address.description)' for each rep, then each rep runs 'secondcall team join'")
    }
}

struct TeamAdd: TeamSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Give a rep or a manager a login in the team database (or a new password). Run by an admin.",
        discussion: "The new login's password is asked for without echo, or read from standard input with --password-stdin."
    )

    @Argument(help: "The login name (lower-case letters, digits, _ . -).")
    var login: String

    @Option(help: "rep (its own calls) or manager (reads the team's calls, publishes packs).")
    var role: TeamSetup.Role = .rep

    @ArgumentParser.Flag(help: "Read the new password from standard input.")
    var passwordStdin = false

    @OptionGroup var team: TeamOptions

    func perform() throws {
        let password = passwordStdin ? readLine(strippingNewline: true) ?? "" : String(cString: getpass("Password for \(login): "))
        guard !password.isEmpty else { throw ValidationError("the password is empty") }
        let (login, role) = (login, role)
        try team.withConnection { connection async throws(TeamError) in
            try await TeamSetup.addMember(connection, login: login, password: password, role: role)
        }
        print("\(login) may now log in as a \(role.rawValue); they run 'secondcall team join postgres://\(login)@HOST:PORT/DATABASE --rep NAME'")
    }
}

extension TeamSetup.Role: ExpressibleByArgument {}
