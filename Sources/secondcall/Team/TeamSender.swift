import CoachApp
import CoachStore
import CoachTeam
import Foundation

/// Sends the calls waiting in the queue to the team database: each in its own transaction, each marked sent
/// only once the server confirmed it, so a failure part-way loses nothing and a re-send replaces, never doubles.
/// Every step on the network has a deadline: a server that goes away or stops answering ends the send, never hangs it.
struct TeamSender: Sendable {
    struct Outcome: Sendable {
        var sent = 0
        var waiting = 0
        var problem: TeamError?
    }

    let store: CoachStore
    let address: TeamAddress

    /// `honourBackoff`: the background sender waits out each call's back-off; `team push` sends everything now.
    func send(honourBackoff: Bool) throws -> Outcome {
        let queue = try store.teamQueue(due: honourBackoff ? Date() : nil)
        var outcome = Outcome()
        if !queue.isEmpty, let connection = connect(failing: queue, into: &outcome) {
            for call in queue {
                do {
                    let shared = SharedCall(id: call.uuid, review: try store.call(call.session).reviewWithPlan, shareNotes: call.shareNotes)
                    try blocking { try await connection.upload(shared) }
                    // Should this write fail, the call is simply sent again later: a second send replaces the first.
                    try store.markSent(call, at: Date())
                    outcome.sent += 1
                } catch {
                    let problem = Self.problem(error)
                    try? store.markFailed(call, reason: problem.description, at: Date())
                    outcome.problem = problem
                    if problem.endsTheConnection { break }
                }
            }
            _ = try? blocking { await connection.close() }
        }
        outcome.waiting = try store.teamQueue().count
        return outcome
    }

    /// The connection, its schema checked; when there is none, every call queued is marked with the problem.
    private func connect(failing queue: [QueuedCall], into outcome: inout Outcome) -> TeamConnection? {
        let address = address
        do {
            return try blocking { () async throws -> TeamConnection in
                let connection = try await TeamConnection.open(address)
                do {
                    try await connection.checkSchema()
                } catch {
                    await connection.close()
                    throw error
                }
                return connection
            }
        } catch {
            let problem = Self.problem(error)
            for call in queue { try? store.markFailed(call, reason: problem.description, at: Date()) }
            outcome.problem = problem
            return nil
        }
    }

    private static func problem(_ error: any Error) -> TeamError {
        error as? TeamError ?? .server(message: "\(error)")
    }

    /// The sender for the team joined, if any.
    static func forJoinedTeam(store: CoachStore) -> TeamSender? {
        guard let settings = try? TeamSettings.load(), let address = try? settings.address() else { return nil }
        return TeamSender(store: store, address: address)
    }

    /// Sends what is due on a thread of its own, so the screen never waits on the network; what cannot go
    /// now stays queued for next time.
    func sendInBackground() {
        Thread.detachNewThread { _ = try? send(honourBackoff: true) }
    }
}
