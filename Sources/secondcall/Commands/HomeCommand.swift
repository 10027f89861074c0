import ArgumentParser
import CoachCore
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
        let lock = try storeOptions.lock(store)
        let coach = try loadObjectiveCoach()
        let (pack, checklist) = (try rules.load(), try loadChecklist())
        let launcher = LiveCallLauncher(store: store, pack: pack, checklist: checklist, account: "", contact: "",
                                        nudgeInterval: NudgeRationing.defaultInterval)
        let scenarioList = try scenarios.load().scenarios.map(\.scenario)
        let practice = PracticeLauncher(store: store, pack: pack, checklist: checklist, lexicon: try scenarios.lexicon())
        try withExtendedLifetime(lock) {
            try runInTerminal { _ in
                HomeScreen { entry in
                    switch entry {
                    case .live:
                        do {
                            return .screen(try launcher.firstScreen())
                        } catch {
                            return .unavailable("Cannot start a call: \(error)")
                        }
                    case .plan:
                        let files = PlanFiles(dataDirectory: store.directory, chosen: nil)
                        return .screen(planScreen(plan: CallPlan(), files: files, coach: coach) { plan in
                            var planned = launcher
                            planned.plan = plan
                            return planned
                        })
                    case .review:
                        do {
                            return .screen(try ReviewScreens(store: store).callList())
                        } catch {
                            return .unavailable("Cannot list the calls: \(error)")
                        }
                    case .practice:
                        return .screen(practice.scenarioList(scenarioList))
                    case .rules:
                        let lines = pack.rules.map { "\($0.id.padding(toLength: 34, withPad: " ", startingAt: 0))  \($0.message)" }
                        return .screen(ChoiceListScreen(title: "Rules", header: "RULE                                WHAT IT SAYS",
                                                        lines: lines, emptyMessage: "No rules loaded.") { index in
                            .push(MessageScreen(title: pack.rules[index].id, message: RulesExplain.explanation(pack.rules[index]), isProblem: false))
                        })
                    case .quit:
                        return .unavailable("")  // never asked: the home screen quits by itself

                    }
                }
            }
        }
    }
}
