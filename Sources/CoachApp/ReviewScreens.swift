import CoachCore
import CoachStore
import CoachTUI

/// Review screens over the store: dismissals and objective ticks are saved as they are made.
public struct ReviewScreens {
    let store: CoachStore
    /// Where dismissals and ticks are saved: the store itself, or (when it was opened for reading) a store
    /// opened for writing when the first one is made.
    let writer: () throws -> CoachStore
    let team: TeamHooks

    public init(store: CoachStore, writer: (() throws -> CoachStore)? = nil, team: TeamHooks) {
        self.store = store
        self.writer = writer ?? { store }
        self.team = team
    }

    public func screen(for id: Int64) throws -> ReviewScreen {
        let call = try store.call(id)
        let review = call.reviewWithPlan
        return ReviewScreen(review: review, setDismissed: { [writer, team] flag, dismissed in
            let store = try writer()
            try store.setDismissed(dismissed, session: id, notePosition: flag.noteIndex, target: flag.target.id)
            team.callChanged(id, store)
        }, setTicked: { [writer] item, ticked in
            try writer().setTick(session: id, item: item, ticked: ticked)
        }, sharing: team.notesSharing(call, store, writer))
    }

    /// The stored calls to choose from; Enter opens one's review.
    public func callList() throws -> ChoiceListScreen {
        let sessions = try store.sessions()
        let table = TextTable.lines(header: ["WHEN", "DURATION", "FLAGS", "WITH"], rows: sessions.map { session in
            let who = CallParties.text(account: session.account, contact: session.contact)
            return [CallDate.text(session.startedAt), NotesWriter.formatElapsed(session.elapsed), String(session.flagCount),
                    (session.kind == .practice ? "practice: " : "") + (who.isEmpty ? "a call" : who) + (session.isFinished ? "" : "  (unfinished)")]
        })
        return ChoiceListScreen(title: "Review past calls", header: table.header, lines: table.rows,
                                emptyMessage: "No stored calls yet. Start one from the home screen, or 'secondcall sessions import FILE'.") { index in
            .push(MessageScreen.orProblem("Cannot open the call") { try screen(for: sessions[index].id!) })
        }
    }
}
