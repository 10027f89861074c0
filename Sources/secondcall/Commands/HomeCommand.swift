import ArgumentParser
import CoachTUI

struct HomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "home",
        abstract: "Open the home screen (what 'secondcall' with no command does)."
    )

    func run() throws {
        try runInTerminal { _ in
            HomeScreen { entry in .unavailable("\(entry.rawValue): not available yet") }
        }
    }
}
