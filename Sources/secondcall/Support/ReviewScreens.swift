import CoachCore
import CoachStore
import CoachTUI

/// Review screens over the store: dismissals and objective ticks are saved as they are made.
struct ReviewScreens {
    let store: CoachStore

    func screen(for id: Int64) throws -> ReviewScreen {
        let review = try store.call(id).reviewWithPlan
        return ReviewScreen(review: review, setDismissed: { flag, dismissed in
            try store.setDismissed(dismissed, session: id, notePosition: flag.noteIndex, target: flag.target.id)
        }, setTicked: { item, ticked in
            try store.setTick(session: id, item: item, ticked: ticked)
        })
    }

    /// The stored calls to choose from; Enter opens one's review.
    func callList() throws -> ChoiceListScreen {
        let sessions = try store.sessions()
        let lines = sessions.map { session in
            let who = CallParties.text(account: session.account, contact: session.contact)
            let kind = session.kind == .practice ? "practice: " : ""
            return CallDate.text(session.startedAt) + "  " + NotesWriter.formatElapsed(session.elapsed).padding(toLength: 8, withPad: " ", startingAt: 0)
                + "  " + String(session.flagCount).padding(toLength: 5, withPad: " ", startingAt: 0) + "  " + kind + (who.isEmpty ? "a call" : who)
                + (session.isFinished ? "" : "  (unfinished)")
        }
        return ChoiceListScreen(title: "Review past calls", header: "WHEN              DURATION  FLAGS  WITH", lines: lines,
                                emptyMessage: "No stored calls yet. Start one from the home screen, or 'secondcall sessions import FILE'.") { index in
            .push(MessageScreen.orProblem("Cannot open the call") { try screen(for: sessions[index].id!) })
        }
    }
}
