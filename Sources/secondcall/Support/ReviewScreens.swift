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
    func callList() throws -> CallListScreen {
        let entries = try store.sessions().map { session in
            let who = [session.account, session.contact].filter { !$0.isEmpty }.joined(separator: " · ")
            return CallListScreen.Entry(id: session.id!, when: CallDate.text(session.startedAt), who: who.isEmpty ? "a call" : who,
                                        duration: NotesWriter.formatElapsed(session.elapsed), flags: session.flagCount,
                                        isFinished: session.isFinished)
        }
        return CallListScreen(entries: entries) { id in
            do {
                return .push(try screen(for: id))
            } catch {
                return .push(MessageScreen(title: "Cannot open the call", message: "\(error)"))
            }
        }
    }
}
