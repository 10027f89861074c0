import ArgumentParser
import CoachApp
import CoachCore
import CoachPacks
import CoachStore
import CoachTUI

struct HomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "home",
        abstract: "Open the home screen (what 'secondcall' with no command does)."
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var rules: RuleOptions
    @OptionGroup var scenarios: ScenarioOptions

    func run() throws {
        let store = try storeOptions.open()
        TeamPackHolder.refreshQuietly()
        TeamSharing.sendWaiting(store: store)
        let (pack, checklist) = (try rules.load(), try loadChecklist())
        let destinations = HomeDestinations(store: store, pack: pack, checklist: checklist, scenarioDirectories: scenarios.directories)
        try runInTerminal { _ in HomeScreen(open: destinations.open) }
    }
}

/// Where each home entry leads. What only one entry needs (scenarios, the objective patterns) is read
/// when that entry is chosen, not at start-up; a problem in it shows on the home screen. The call lock is
/// taken when a call or a practice starts, not by the home screen: another window may run a call meanwhile.
struct HomeDestinations {
    let store: CoachStore
    let pack: RulePack
    let checklist: Checklist
    let scenarioDirectories: [String]

    private var setup: CallSetup {
        CallSetup(store: store, takeLock: { [store] in try CallLock(directory: store.directory) }, pack: pack, checklist: checklist)
    }

    private var launcher: LiveCallLauncher { LiveCallLauncher(setup, team: .joinedTeam) }

    func open(_ entry: HomeScreen.Entry) -> HomeScreen.Destination {
        do {
            switch entry {
            case .live: return .screen(try launcher.firstScreen())
            case .plan: return .screen(try planForm())
            case .review: return .screen(try ReviewScreens(store: store, team: .joinedTeam).callList())
            case .practice: return .screen(try scenarioList())
            case .rules: return .screen(rulesList())
            case .quit: return .unavailable("")  // never asked: the home screen quits by itself
            }
        } catch {
            return .unavailable("\(entry.rawValue): \(error)")
        }
    }

    private func planForm() throws -> PlanFormScreen {
        let files = PlanFiles(dataDirectory: store.directory, chosen: nil)
        return planScreen(plan: CallPlan(), files: files, coach: try ObjectiveCoachLoader.loadDefault()) { plan in
            var planned = launcher
            planned.plan = plan
            return planned
        }
    }

    private func scenarioList() throws -> ChoiceListScreen {
        let loaded = ScenarioLoader.load(extraDirectories: scenarioDirectories)
        if let problem = loaded.diagnostics.first {
            throw ProblemMessage(message: "\(problem) ('secondcall scenarios lint' lists every problem)")
        }
        let practice = PracticeLauncher(setup, lexicon: try ScenarioLoader.loadLexicon())
        return practice.scenarioList(loaded.scenarios.map(\.scenario))
    }

    private func rulesList() -> ChoiceListScreen {
        let table = TextTable.lines(header: ["RULE", "WHAT IT SAYS"], rows: pack.rules.map { [$0.id, $0.message] })
        return ChoiceListScreen(title: "Rules", header: table.header, lines: table.rows,
                                emptyMessage: "No rules loaded.") { index in
            .push(MessageScreen(title: pack.rules[index].id, message: RulesExplain.explanation(pack.rules[index]), isProblem: false))
        }
    }
}
