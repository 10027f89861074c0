import CoachCore
import CoachStore
import CoachTUI
import Foundation

/// Practice screens over the store: each practice is kept as a practice session, reviewable like any call.
/// The call lock is held while the practice is typed.
public struct PracticeLauncher {
    let store: CoachStore
    /// The lock that keeps a second SecondCall from running a call on the same data (taken, or already held).
    let takeLock: () throws -> CallLock
    let pack: RulePack
    let checklist: Checklist
    let lexicon: MoveLexicon
    /// The practice's clock; a test moves its own.
    let now: () -> Double

    public init(store: CoachStore, takeLock: @escaping () throws -> CallLock, pack: RulePack, checklist: Checklist, lexicon: MoveLexicon,
                now: @escaping () -> Double = LiveCallLauncher.monotonicNow) {
        self.store = store
        self.takeLock = takeLock
        self.pack = pack
        self.checklist = checklist
        self.lexicon = lexicon
        self.now = now
    }

    /// A practice of the scenario, stored as it goes; when it ends, the debrief (and from there, the review).
    public func screen(for scenario: Scenario) throws -> PracticeScreen {
        let lock = try takeLock()
        let run = PracticeRun(scenario: scenario, pack: pack, checklist: checklist, lexicon: lexicon)
        let persona = scenario.persona
        let id = try store.startSession(StoredSession(kind: .practice, account: persona.company, contact: persona.name,
                                                      scenario: scenario.id, startedAt: Date()))
        let journal = StoreJournal(store: store, sessionID: id, holding: lock)
        try journal.save(JournalEntry(notes: run.session.notes, position: 0, stage: run.session.stage, elapsed: 0, flags: run.session.flags))
        return PracticeScreen(practice: PracticeCall(run: run, journal: journal, now: now)) { run in
            DebriefScreen(debrief: Debrief(run), title: scenario.title) {
                .replace(MessageScreen.orProblem("Cannot open the review") { try ReviewScreens(store: store, team: .none).screen(for: id) })
            }
        }
    }

    /// The scenarios to choose from, easiest first.
    public func scenarioList(_ scenarios: [Scenario]) -> ChoiceListScreen {
        let sorted = scenarios.sorted { ($0.difficulty, $0.id) < ($1.difficulty, $1.id) }
        let table = TextTable.lines(header: ["LEVEL", "SCENARIO"], rows: sorted.map { [$0.difficulty.rawValue, $0.title] })
        return ChoiceListScreen(title: "Practise with a scripted customer", header: table.header, lines: table.rows,
                                emptyMessage: "No scenarios found.") { index in
            .push(MessageScreen.orProblem("Cannot start the practice") { try screen(for: sorted[index]) })
        }
    }
}
