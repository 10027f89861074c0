import CoachStore
import Foundation

/// The store opened for writing on first use, then kept until the command ends: the review and the plan
/// form change nothing in the data folder until the rep saves something there.
final class LazyStore {
    private let directory: URL
    private var opened: CoachStore?

    init(_ directory: URL) { self.directory = directory }

    func store() throws -> CoachStore {
        if let opened { return opened }
        let store = try CoachStore(directory: directory)
        opened = store
        return store
    }
}
