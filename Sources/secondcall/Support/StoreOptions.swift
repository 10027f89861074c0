import ArgumentParser
import CoachStore
import Foundation

/// `--data-dir`, shared by every command that reads or writes stored calls.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Where calls are stored (default: $SECONDCALL_DATA_DIR, else $XDG_DATA_HOME/secondcall, else ~/.local/share/secondcall).", valueName: "dir"))
    var dataDirectory: String?

    var directory: URL { StoreLocation.directory(override: dataDirectory) }

    /// Opens the store; a problem is printed and ends the command with exit 2.
    func open() throws -> CoachStore {
        do {
            return try CoachStore(directory: directory)
        } catch let error as StoreError {
            printError(error.description)
            throw ExitCode(2)
        }
    }

    /// Takes the lock that keeps a second SecondCall from running a call on the same data.
    func lock(_ store: CoachStore) throws -> CallLock {
        do {
            return try CallLock(directory: store.directory)
        } catch let error as StoreError {
            printError(error.description)
            throw ExitCode(2)
        }
    }

    /// A stored call by id or `last`; a problem is printed and ends the command with exit 2.
    func storedCall(_ reference: String) throws -> StoredCall {
        let store = try open()
        return try runStore { try store.call(try store.resolve(reference)) }
    }
}
