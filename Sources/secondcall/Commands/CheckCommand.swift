import ArgumentParser
import CoachCore
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Read notes files and report problems in them.",
        discussion: "Diagnostics print as 'path:line:col: severity: message'. Exit 0 when clean, 2 on errors or unreadable input."
    )

    @Argument(help: "Notes files to check; '-' reads standard input.")
    var files: [String]

    func run() throws {
        var sawError = false
        for path in files {
            guard let bytes = readInput(path) else {
                sawError = true
                continue
            }
            let result = NotesParser.parse(bytes: bytes)
            for diagnostic in result.diagnostics { print(diagnostic.formatted(path: path)) }
            if !result.errors.isEmpty { sawError = true }
        }
        if sawError { throw ExitCode(2) }
    }
}
