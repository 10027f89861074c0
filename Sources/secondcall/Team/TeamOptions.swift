import ArgumentParser
import CoachApp
import CoachTeam
import Foundation

/// `--url`, for the team commands that may run against a team without joining it (an admin, a manager).
struct TeamOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The team database's URL (default: the team joined). The password comes from PGPASSWORD or ~/.pgpass.",
                               valueName: "postgres://..."))
    var url: String?

    func address() throws -> TeamAddress {
        try runTeam { () throws(TeamError) -> TeamAddress in
            if let url { return try TeamAddress(url: url) }
            guard let settings = try? TeamSettings.required() else {
                throw TeamError.badURL(text: "", problem: "no team joined: give --url postgres://... or 'secondcall team join' first")
            }
            return try settings.address()
        }
    }

    /// Connects, runs `body`, closes; a problem is printed and ends the command with exit 2.
    func withConnection<T: Sendable>(_ body: @escaping @Sendable (TeamConnection) async throws(TeamError) -> T) throws -> T {
        let address = try address()
        return try runTeam { () throws(TeamError) -> T in try TeamConnection.withConnection(address, body) }
    }
}

/// Runs team work; a `TeamError` is printed as its sentence and ends the command with exit 2.
func runTeam<T>(_ body: () throws(TeamError) -> T) throws -> T {
    try exitingOnFailure(of: TeamError.self, body)
}

/// Reads a `CallArchive` of the team's; a `TeamError` is printed as its sentence and ends the command with exit 2.
func readArchive<T>(_ body: () throws -> T) throws -> T {
    try exitingOnFailure(of: TeamError.self, body)
}

/// A team command: a problem it throws as one sentence is printed and ends it with exit 2.
protocol TeamSubcommand: ParsableCommand {
    func perform() throws
}

extension TeamSubcommand {
    func run() throws {
        do {
            try perform()
        } catch let problem as ProblemMessage {
            printError(problem.message)
            throw ExitCode(2)
        } catch let problem as TeamError {
            printError(problem.description)
            throw ExitCode(2)
        }
    }
}
