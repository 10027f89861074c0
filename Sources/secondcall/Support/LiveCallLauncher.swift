import CoachCore
import CoachPacks
import CoachStore
import CoachTUI
import Foundation

/// Builds the live call screen: a new call, or one left unfinished, resumed with its clock and stage.
/// The call lock is held from the first screen until the call's screen is gone, and no longer.
struct LiveCallLauncher {
    let store: CoachStore
    /// The lock that keeps a second SecondCall from running a call on the same data (taken, or already held).
    let takeLock: () throws -> CallLock
    let pack: RulePack
    let checklist: Checklist
    let account: String
    let contact: String
    let nudgeInterval: Double
    /// The plan the rep made for this call, if any; kept with the call when it starts.
    var plan: CallPlan?

    static func monotonicNow() -> Double { ProcessInfo.processInfo.systemUptime }

    /// The first screen for `secondcall live`: the resume offer when a call was left unfinished.
    func firstScreen() throws -> any Screen {
        let lock = try takeLock()
        guard let unfinished = try store.unfinishedSession() else { return try newCallScreen(lock) }
        let who = CallParties.text(account: unfinished.account, contact: unfinished.contact)
        let description = "\(who.isEmpty ? "A call" : who) started \(CallDate.text(unfinished.startedAt)), \(NotesWriter.formatElapsed(unfinished.elapsed)) in, at the \(unfinished.stage.rawValue) stage."
        return ResumeScreen(description: description) { choice in
            do {
                switch choice {
                case .resume: return .replace(try resumed(unfinished.id!, lock))
                case .endIt:
                    try store.endSession(unfinished.id!, at: Date(), elapsed: unfinished.elapsed)
                    return .replace(try newCallScreen(lock))
                case .leaveIt: return .replace(try newCallScreen(lock))
                }
            } catch {
                return .replace(MessageScreen(title: "Cannot open the call", message: "\(error)"))
            }
        }
    }

    /// A new call; when neither account nor contact was given, they are asked first.
    private func newCallScreen(_ lock: CallLock) throws -> any Screen {
        let account = account.isEmpty ? plan?.account ?? "" : account
        let contact = contact.isEmpty ? plan?.contact ?? "" : contact
        guard account.isEmpty, contact.isEmpty else { return try newCall(account: account, contact: contact, lock) }
        return CallDetailsScreen { account, contact in
            .replace(MessageScreen.orProblem("Cannot start the call") { try newCall(account: account, contact: contact, lock) })
        }
    }

    private func newCall(account: String, contact: String, _ lock: CallLock) throws -> LiveCallScreen {
        let planText = try plan.map(PlanFileWriter.write)
        let id = try store.startSession(StoredSession(kind: .live, account: account, contact: contact, plan: planText, startedAt: Date()))
        let session = CallSession(pack: pack, checklist: checklist, plan: plan, nudgeInterval: nudgeInterval)
        return screen(session, id: id, account: account, contact: contact, lock)
    }

    private func resumed(_ id: Int64, _ lock: CallLock) throws -> LiveCallScreen {
        let call = try store.call(id)
        let session = CallSession(pack: pack, checklist: checklist, plan: call.plan, elapsedAtStart: call.session.elapsed,
                                  nudgeInterval: nudgeInterval)
        for note in call.notes { session.add(note, nudging: false) }
        session.connect(at: Self.monotonicNow())
        for (item, ticked) in call.ticks { session.setTicked(item, ticked) }
        if let last = call.floorChanges.last, let holder = TalkClock.Holder(rawValue: last.holder) {
            session.clock.setHolder(holder, at: Self.monotonicNow())
        }
        return screen(session, id: id, account: call.session.account, contact: call.session.contact, lock)
    }

    /// The live screen for a call; when it ends, its review.
    private func screen(_ session: CallSession, id: Int64, account: String, contact: String, _ lock: CallLock) -> LiveCallScreen {
        LiveCallScreen(session: session, journal: StoreJournal(store: store, sessionID: id, holding: lock), account: account, contact: contact,
                       now: Self.monotonicNow) { _ in
            MessageScreen.orProblem("The call is saved, but its review cannot open") { try ReviewScreens(store: store).screen(for: id) }
        }
    }
}
