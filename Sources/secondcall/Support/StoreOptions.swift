import ArgumentParser
import CoachStore
import Foundation

/// `--data-dir`, shared by every command that reads or writes stored calls.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Where calls are stored (default: $SECONDCALL_DATA_DIR, else $XDG_DATA_HOME/secondcall, else ~/.local/share/secondcall).", valueName: "dir"))
    var dataDirectory: String?

    var directory: URL { StoreLocation.directory(override: dataDirectory) }

    /// Opens the store to write calls into; a problem is printed and ends the command with exit 2.
    func open() throws -> CoachStore {
        try runStore { try CoachStore(directory: directory) }
    }

    /// Opens the store to list, export or review calls, changing nothing in the data folder; a problem is
    /// printed and ends the command with exit 2.
    func openForReading() throws -> CoachStore {
        try runStore { try CoachStore(readingFrom: directory) }
    }

    /// Takes the lock that keeps a second SecondCall from running a call on the same data. It is taken before
    /// the store is opened, so of two starts at the same moment the second is told who holds the folder.
    func lock() throws -> CallLock {
        try runStore { try CallLock(directory: directory) }
    }

    /// A stored call by id or `last`, read without changing anything; a problem is printed and ends the
    /// command with exit 2.
    func storedCall(_ reference: String) throws -> StoredCall {
        let store = try openForReading()
        return try runStore { try store.call(try store.resolve(reference)) }
    }
}
