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

    func run() throws {
        let store = try storeOptions.open()
        let lock = try storeOptions.lock(store)
        let coach = try loadObjectiveCoach()
        let launcher = LiveCallLauncher(store: store, pack: try rules.load(), checklist: try loadChecklist(), account: "", contact: "",
                                        nudgeInterval: NudgeRationing.defaultInterval)
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
                    default:
                        return .unavailable("\(entry.rawValue): not available yet")
                    }
                }
            }
        }
    }
}
