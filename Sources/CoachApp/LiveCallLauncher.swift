import CoachCore
import CoachPacks
import CoachStore
import CoachTUI
import Foundation

/// Builds the live call screen: a new call, or one left unfinished, resumed with its clock and stage.
/// The call lock is held from the first screen until the call's screen is gone, and no longer.
public struct LiveCallLauncher {
    let setup: CallSetup
    let account: String
    let contact: String
    let nudgeInterval: Double
    let team: TeamHooks
    /// The plan the rep made for this call, if any; kept with the call when it starts.
    public var plan: CallPlan?
    /// With no plan given, whether the plans saved in the data folder are looked at: the one for the
    /// account and contact given is used, or those saved are offered once they are typed.
    public var looksForSavedPlans = true

    public init(_ setup: CallSetup, account: String = "", contact: String = "", nudgeInterval: Double = NudgeRationing.defaultInterval,
                plan: CallPlan? = nil, team: TeamHooks) {
        self.setup = setup
        self.account = account
        self.contact = contact
        self.nudgeInterval = nudgeInterval
        self.plan = plan
        self.team = team
    }

    private var store: CoachStore { setup.store }

    /// The first screen for `secondcall live`: the resume offer when a call was left unfinished.
    public func firstScreen() throws -> any Screen {
        let lock = try setup.takeLock()
        guard let unfinished = try store.unfinishedSession() else { return try newCallScreen(lock) }
        let who = CallParties.text(account: unfinished.account, contact: unfinished.contact)
        let description = "\(who.isEmpty ? "A call" : who) started \(CallDate.text(unfinished.startedAt)), \(NotesWriter.formatElapsed(unfinished.elapsed)) in, at the \(unfinished.stage.rawValue) stage."
        return ResumeScreen(description: description) { choice in
            do {
                switch choice {
                case .resume: return .replace(try resumed(unfinished.id!, lock))
                case .endIt:
                    try store.endSession(unfinished.id!, at: Date(), elapsed: unfinished.elapsed)
                    team.callEnded(unfinished.id!, store)
                    return .replace(try newCallScreen(lock))
                case .leaveIt: return .replace(try newCallScreen(lock))
                }
            } catch {
                return .replace(MessageScreen(title: "Cannot open the call", message: "\(error)"))
            }
        }
    }

    /// A new call; when neither account nor contact was given, they are asked first, then the saved plans
    /// are offered. When they were given, the newest plan saved for them is used, and the screen says so.
    private func newCallScreen(_ lock: CallLock) throws -> any Screen {
        let account = account.isEmpty ? plan?.account ?? "" : account
        let contact = contact.isEmpty ? plan?.contact ?? "" : contact
        guard account.isEmpty, contact.isEmpty else {
            if plan == nil, looksForSavedPlans, let entry = SavedPlans(dataDirectory: store.directory).matching(account: account, contact: contact),
               case .success(let saved) = entry.plan {
                return try newCall(account: account, contact: contact, lock, plan: saved, notice: SavedPlans.notice(entry, plan: saved))
            }
            return try newCall(account: account, contact: contact, lock, plan: plan)
        }
        return CallDetailsScreen { account, contact in
            .replace(MessageScreen.orProblem("Cannot start the call") { try planChoice(account: account, contact: contact, lock) })
        }
    }

    /// The saved plans to start from: those for the account and contact typed first, then starting
    /// without one, then the rest, newest first. With none saved, the call starts at once.
    private func planChoice(account: String, contact: String, _ lock: CallLock) throws -> any Screen {
        let saved = plan == nil && looksForSavedPlans ? SavedPlans(dataDirectory: store.directory).entries : []
        guard !saved.isEmpty else { return try newCall(account: account, contact: contact, lock, plan: plan) }
        let matching = saved.filter { $0.matches(account: account, contact: contact) }
        let entries: [SavedPlans.Entry?] = matching + [nil] + saved.filter { !$0.matches(account: account, contact: contact) }
        let rows = entries.map { entry -> [String] in
            guard let entry else { return ["", "", "start without a plan"] }
            let what = switch entry.plan {
            case .success(let plan): CallParties.text(account: plan.account, contact: plan.contact)
            case .failure: "cannot be read"
            }
            return [CallDate.text(entry.modified), entry.matches(account: account, contact: contact) ? "✔ matches" : "", "\(what)  \(entry.name)"]
        }
        let table = TextTable.lines(header: ["SAVED", "", "PLAN"], rows: rows)
        return ChoiceListScreen(title: "Start from a saved plan?", header: table.header, lines: table.rows, emptyMessage: "") { index in
            guard let entry = entries[index] else {
                return .replace(MessageScreen.orProblem("Cannot start the call") { try newCall(account: account, contact: contact, lock, plan: nil) })
            }
            switch entry.plan {
            case .success(let saved):
                return .replace(MessageScreen.orProblem("Cannot start the call") {
                    try newCall(account: account.isEmpty ? saved.account : account, contact: contact.isEmpty ? saved.contact : contact, lock,
                                plan: saved, notice: SavedPlans.notice(entry, plan: saved))
                })
            case .failure(let problem):
                return .push(MessageScreen(title: "Cannot use \(entry.name)", message: problem.message))
            }
        }
    }

    private func newCall(account: String, contact: String, _ lock: CallLock, plan: CallPlan?, notice: String? = nil) throws -> LiveCallScreen {
        let planText = try plan.map(PlanFileWriter.write)
        let id = try store.startSession(StoredSession(kind: .live, account: account, contact: contact, plan: planText, startedAt: Date()))
        let session = CallSession(pack: setup.pack, checklist: setup.checklist, plan: plan, nudgeInterval: nudgeInterval)
        let call = LiveCall(session: session, journal: StoreJournal(store: store, sessionID: id, holding: lock), now: setup.now)
        return screen(call, id: id, account: account, contact: contact, notice: notice)
    }

    private func resumed(_ id: Int64, _ lock: CallLock) throws -> LiveCallScreen {
        let stored = try store.call(id)
        let call = LiveCall.resuming(stored, pack: setup.pack, checklist: setup.checklist, nudgeInterval: nudgeInterval,
                                     journal: StoreJournal(store: store, sessionID: id, holding: lock), now: setup.now)
        return screen(call, id: id, account: stored.session.account, contact: stored.session.contact)
    }

    /// The live screen for a call; when it ends, its review.
    private func screen(_ call: LiveCall, id: Int64, account: String, contact: String, notice: String? = nil) -> LiveCallScreen {
        LiveCallScreen(call: call, account: account, contact: contact, notice: notice) { _ in
            team.callEnded(id, store)
            return MessageScreen.orProblem("The call is saved, but its review cannot open") {
                try ReviewScreens(store: store, team: team).screen(for: id)
            }
        }
    }
}
