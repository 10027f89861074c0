import CoachApp
import CoachStore
import CoachTUI
import Foundation

/// What happens to a call on the rep's side once a team is joined: queued when it ends, queued again when a
/// dismissal or the notes choice changes, and sent in the background. Without a team, nothing.
enum TeamSharing {
    /// A call ended: queue it (notes as the rep shares them by default) and send in the background.
    static func callEnded(_ session: Int64, store: CoachStore) {
        guard let settings = try? TeamSettings.load(), let sender = TeamSender.forJoinedTeam(store: store) else { return }
        let earlier = try? store.sharesNotes(session: session)
        guard (try? store.queueForTeam(session: session, shareNotes: earlier ?? settings.shareNotes)) != nil else { return }
        sender.sendInBackground()
    }

    /// The review changed a call the team already has (or will have): send it again.
    static func callChanged(_ session: Int64, store: CoachStore) {
        guard (try? store.sharesNotes(session: session)) ?? nil != nil, let sender = TeamSender.forJoinedTeam(store: store) else { return }
        guard (try? store.queueForTeam(session: session, shareNotes: nil)) != nil else { return }
        sender.sendInBackground()
    }

    /// The rep's per-call choice on the review screen.
    static func setShareNotes(_ share: Bool, session: Int64, store: CoachStore) throws {
        guard let sender = TeamSender.forJoinedTeam(store: store) else {
            throw ProblemMessage(message: "no team joined ('secondcall team join')")
        }
        try store.queueForTeam(session: session, shareNotes: share)
        sender.sendInBackground()
    }

    /// The review screen's per-call choice, for a finished live call once a team is joined.
    static func notesSharing(_ call: StoredCall, store: CoachStore, writer: @escaping () throws -> CoachStore) -> ReviewScreen.NotesSharing? {
        guard call.session.kind == .live, call.session.isFinished, let settings = try? TeamSettings.load(), let id = call.session.id else {
            return nil
        }
        let shared = ((try? store.sharesNotes(session: id)) ?? nil) ?? settings.shareNotes
        return ReviewScreen.NotesSharing(shared: shared) { share in try setShareNotes(share, session: id, store: writer()) }
    }

    /// On start-up: whatever waits from earlier goes now, in the background.
    static func sendWaiting(store: CoachStore) {
        TeamSender.forJoinedTeam(store: store)?.sendInBackground()
    }
}

extension TeamHooks {
    /// Calls go to the team the rep joined, as they end and change; without a team, nothing happens.
    static var joinedTeam: TeamHooks {
        TeamHooks(callEnded: { TeamSharing.callEnded($0, store: $1) }, callChanged: { TeamSharing.callChanged($0, store: $1) },
                  notesSharing: { TeamSharing.notesSharing($0, store: $1, writer: $2) })
    }
}
