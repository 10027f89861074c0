import ArgumentParser
import Foundation

@main
struct SecondCall: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "secondcall",
        abstract: "A terminal coach for sales conversations: aim every call at earning the second one.",
        discussion: """
        Run with no command for the home screen.
        Notes files use the notes format described in the README: one note a line, e.g. '[00:20] c: Sales are flat.'
        """,
        version: "0.1.0",
        subcommands: [
            HomeCommand.self, LiveCommand.self, CheckCommand.self, RulesCommand.self, SessionsCommand.self,
            ReviewCommand.self, PlanCommand.self, PracticeCommand.self, ScenariosCommand.self, TeamCommand.self,
        ],
        defaultSubcommand: HomeCommand.self
    )

    /// A first word that names no command is a mistyped command, said so; without this check the home
    /// screen's usage would answer it.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let names = configuration.subcommands.map { $0.configuration.commandName ?? "" } + ["help"]
        if let first = arguments.first, !first.hasPrefix("-"), !names.contains(first) {
            printError("unknown command '\(first)'; commands: \(names.dropLast().joined(separator: ", ")) ('secondcall --help' says what each does)")
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        main(arguments)
    }
}
