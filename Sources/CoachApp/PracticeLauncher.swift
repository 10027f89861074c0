import CoachCore
import CoachStore
import CoachTUI
import Foundation

/// Practice screens over the store: each practice is kept as a practice session, reviewable like any call.
/// The call lock is held while the practice is typed.
public struct PracticeLauncher {
    let setup: CallSetup
    let lexicon: MoveLexicon

    public init(_ setup: CallSetup, lexicon: MoveLexicon) {
        self.setup = setup
        self.lexicon = lexicon
    }

    /// A practice of the scenario, stored as it goes; when it ends, the debrief (and from there, the review).
    public func screen(for scenario: Scenario) throws -> PracticeScreen {
        let (store, lock) = (setup.store, try setup.takeLock())
        let run = PracticeRun(scenario: scenario, pack: setup.pack, checklist: setup.checklist, lexicon: lexicon)
        let persona = scenario.persona
        let id = try store.startSession(StoredSession(kind: .practice, account: persona.company, contact: persona.name,
                                                      scenario: scenario.id, startedAt: Date()))
        let journal = StoreJournal(store: store, sessionID: id, holding: lock)
        try journal.save(JournalEntry(notes: run.session.notes, position: 0, stage: run.session.stage, elapsed: 0, flags: run.session.flags))
        return PracticeScreen(practice: PracticeCall(run: run, journal: journal, now: setup.now)) { run in
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
