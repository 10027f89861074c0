import ArgumentParser

/// A command whose capability has not been built yet: says so and exits 2, so nothing pretends to work.
protocol NotYetAvailable: ParsableCommand {}

extension NotYetAvailable {
    func run() throws {
        printError("'\(Self.configuration.commandName ?? "this command")' is not available yet")
        throw ExitCode(2)
    }
}

struct PracticeCommand: NotYetAvailable {
    static let configuration = CommandConfiguration(commandName: "practice", abstract: "Practise against a scripted customer (not available yet).")
}

struct ScenariosCommand: NotYetAvailable {
    static let configuration = CommandConfiguration(commandName: "scenarios", abstract: "Check practice scenario files (not available yet).")
}
