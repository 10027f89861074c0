import ArgumentParser
import CoachApp
import CoachStore
import Foundation

/// Runs `body`; a `Failure` it throws is printed (after `what`, when given) and ends the command with exit 2.
/// Other errors pass through.
func exitingOnFailure<T, Failure: Error>(of _: Failure.Type = (any Error).self, saying what: String? = nil,
                                         _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let exit as ExitCode {
        throw exit
    } catch let error as Failure {
        printError(what.map { "\($0): \(error)" } ?? "\(error)")
        throw ExitCode(2)
    }
}

/// Runs a store operation; a store problem is printed and ends the command with exit 2.
func runStore<T>(_ body: () throws -> T) throws -> T {
    try exitingOnFailure(of: StoreError.self, body)
}

/// Prints `text`, or writes it to `path` as a private file; a failure is printed and ends the command with exit 2.
func writeOutput(_ text: String, to path: String?) throws {
    guard let path else {
        print(text, terminator: "")
        return
    }
    try exitingOnFailure { try PrivateFile.write(text, to: URL(fileURLWithPath: path)) }
}
