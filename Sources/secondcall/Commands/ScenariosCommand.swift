import ArgumentParser
import CoachCore
import CoachPacks
import Foundation

struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "Check practice scenario files.",
        subcommands: [ScenariosLint.self],
        defaultSubcommand: ScenariosLint.self
    )
}

struct ScenariosLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check scenario files: file:line:col for each problem, needs that can never be revealed, endings that can never happen.",
        discussion: """
        With no folder, checks the shipped scenarios.
        Exit 0 when clean, 1 with problems.
        """
    )

    @Argument(help: "A folder of scenario files.")
    var directory: String?

    func run() throws {
        let loaded = ScenarioLoader.load(extraDirectories: directory.map { [$0] } ?? [], includeShipped: directory == nil)
        for diagnostic in loaded.diagnostics { print(diagnostic.description) }
        let files = Set(loaded.diagnostics.map(\.path)).count
        print("\(Count.of(loaded.scenarios.count, "scenario")) read; "
              + "\(Count.of(loaded.diagnostics.count, "problem")) in \(Count.of(files, "file"))")
        if !loaded.diagnostics.isEmpty { throw ExitCode(1) }
    }
}
