import CoachCore
import Foundation

/// The team database as a `CallArchive`, seen through one login: a rep's own calls, or a manager's view of
/// the team's (or of one rep's, with `rep`). A call opens in the review only when its notes were shared.
public struct TeamArchive: CallArchive {
    let address: TeamAddress
    let rep: String?

    public init(_ address: TeamAddress, rep: String? = nil) {
        self.address = address
        self.rep = rep
    }

    public func finishedCalls() throws -> [ArchivedCall] {
        let rep = rep
        return try withConnection { connection async throws(TeamError) in try await connection.calls(rep: rep) }.map { call in
            ArchivedCall(reference: call.id.uuidString.lowercased(), owner: call.rep, startedAt: call.figures.startedAt,
                         duration: call.figures.duration, barrierFlags: call.figures.barrierFlags, notesAvailable: call.notesShared)
        }
    }

    public func review(of reference: String) throws -> CallReview? {
        guard let id = UUID(uuidString: reference) else { return nil }
        return try withConnection { connection async throws(TeamError) in try await connection.review(ofCall: id) }
    }

    public func ruleStats() throws -> [RuleStat] {
        try withConnection { connection async throws(TeamError) in try await connection.ruleStats() }
    }

    private func withConnection<T: Sendable>(_ body: @escaping @Sendable (TeamConnection) async throws(TeamError) -> T) throws -> T {
        try TeamConnection.withConnection(address, body)
    }
}
