import ArgumentParser
import CoachTUI
import Foundation

/// Runs a screen on the real terminal; a terminal that cannot show screens is a clear error and exit 2.
func runInTerminal(_ makeRoot: (any Terminal) throws -> any Screen) throws {
    let signalNumber = try exitingOnFailure(of: TerminalError.self) { try TerminalSession.run(makeRoot) }
    if let signalNumber { throw ExitCode(128 + signalNumber) }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data("secondcall: \(message)\n".utf8))
}
