import CoachStore
import CoachTUI

/// What sharing with a team does as calls end and change. The executable gives the one that sends to a
/// team once the rep has joined one; without a team, and in tests, nothing happens.
public struct TeamHooks {
    /// A call ended: queue it for the team.
    public var callEnded: (_ session: Int64, CoachStore) -> Void
    /// The review changed a call the team may have: send it again.
    public var callChanged: (_ session: Int64, CoachStore) -> Void
    /// The review's choice to share a finished call's notes; nil where there is none to make.
    public var notesSharing: (StoredCall, CoachStore, _ writer: @escaping () throws -> CoachStore) -> ReviewScreen.NotesSharing?

    public init(callEnded: @escaping (Int64, CoachStore) -> Void, callChanged: @escaping (Int64, CoachStore) -> Void,
                notesSharing: @escaping (StoredCall, CoachStore, @escaping () throws -> CoachStore) -> ReviewScreen.NotesSharing?) {
        self.callEnded = callEnded
        self.callChanged = callChanged
        self.notesSharing = notesSharing
    }

    /// No team: nothing is sent, and the review offers no choice.
    public static var none: TeamHooks {
        TeamHooks(callEnded: { _, _ in }, callChanged: { _, _ in }, notesSharing: { _, _, _ in nil })
    }
}
