import ArgumentParser
import CoachTUI
import Foundation

/// Runs a screen on the real terminal; a terminal that cannot show screens is a clear error and exit 2.
func runInTerminal(_ makeRoot: (any Terminal) throws -> any Screen) throws {
    do {
        if let signalNumber = try TerminalSession.run(makeRoot) {
            throw ExitCode(128 + signalNumber)
        }
    } catch let error as TerminalError {
        printError(error.description)
        throw ExitCode(2)
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data("secondcall: \(message)\n".utf8))
}
