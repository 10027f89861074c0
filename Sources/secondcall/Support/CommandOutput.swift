import ArgumentParser
import CoachApp
import CoachStore
import Foundation

/// Runs a store operation; a store problem is printed and ends the command with exit 2.
func runStore<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StoreError {
        printError(error.description)
        throw ExitCode(2)
    }
}

/// Prints `text`, or writes it to `path` as a private file; a failure is printed and ends the command with exit 2.
func writeOutput(_ text: String, to path: String?) throws {
    guard let path else {
        print(text, terminator: "")
        return
    }
    do {
        try PrivateFile.write(text, to: URL(fileURLWithPath: path))
    } catch {
        printError("\(error)")
        throw ExitCode(2)
    }
}
