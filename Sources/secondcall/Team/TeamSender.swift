import CoachApp
import CoachStore
import CoachTeam
import Foundation

/// Sends the calls waiting in the queue to the team database: each in its own transaction, each marked sent
/// only once the server confirmed it, so a failure part-way loses nothing and a re-send replaces, never doubles.
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
        guard !queue.isEmpty else { return Outcome(waiting: try store.teamQueue().count) }
        let (store, address) = (store, address)
        var outcome = try blocking { () async throws -> Outcome in
            var outcome = Outcome()
            var opened: TeamConnection?
            do {
                opened = try await TeamConnection.open(address)
                try await opened?.checkSchema()
            } catch {
                await opened?.close()
                let problem = error as? TeamError ?? .server(message: "\(error)")
                for call in queue { try? store.markFailed(call, reason: problem.description, at: Date()) }
                outcome.problem = problem
                return outcome
            }
            guard let connection = opened else { return outcome }
            for call in queue {
                do {
                    let review = try store.call(call.session).reviewWithPlan
                    try await connection.upload(SharedCall(id: call.uuid, review: review, shareNotes: call.shareNotes))
                    // Should this write fail, the call is simply sent again later: a second send replaces the first.
                    try store.markSent(call, at: Date())
                    outcome.sent += 1
                } catch {
                    let problem = error as? TeamError ?? .server(message: "\(error)")
                    try? store.markFailed(call, reason: problem.description, at: Date())
                    outcome.problem = problem
                    if case .connectionLost = problem { break }
                    if case .unreachable = problem { break }
                }
            }
            await connection.close()
            return outcome
        }
        outcome.waiting = try store.teamQueue().count
        return outcome
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
