import ArgumentParser
import CoachApp
import CoachCore
import CoachPacks
import CoachStore
import Foundation

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan a call as a learning exercise.",
        discussion: """
        Opens the plan form: account, contact, their style, objectives (what you need to learn), questions, and the homework.
        Objectives framed as a want or a tell are flagged with a rewrite (^R uses it).
        F2 saves the plan (to --plan FILE, else plans/ACCOUNT-CONTACT.yaml in the data folder); \
        F5 saves and starts the call with it.
        A plan file is YAML with account, contact, style, objectives (list), questions (list) and prep (item: answer).
        --check reports on a plan file instead: objectives framed as a want or a tell, each with a rewrite, \
        and blank prep items, as 'path:line:col: warning: ...'.
        Exit 0 when clean, 1 with warnings, 2 for a bad file.
        """
    )

    @Option(help: "Who the call is with (the company).")
    var account: String?

    @Option(help: "The person on the call.")
    var contact: String?

    @Option(help: ArgumentHelp("The plan file to open (when it exists) and save to.", valueName: "file"))
    var plan: String?

    @Option(help: ArgumentHelp("Check a plan file and report on it.", valueName: "file"))
    var check: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var rules: RuleOptions

    func run() throws {
        if let path = check { return try checkPlan(path) }
        let coach = try loadObjectiveCoach()
        var draft = CallPlan()
        if let plan, FileManager.default.fileExists(atPath: plan) { draft = try readPlanFile(plan).plan }
        if let account { draft.account = account }
        if let contact { draft.contact = contact }
        let files = PlanFiles(dataDirectory: storeOptions.directory, chosen: plan.map { URL(fileURLWithPath: $0) })
        let pack = try rules.load()
        let checklist = try loadChecklist()
        // The store is opened and the lock taken only when a call starts, so planning never waits on a running call.
        let writer = LazyStore(storeOptions.directory)
        try runInTerminal { _ in
            planScreen(plan: draft, files: files, coach: coach) { plan in
                let store = try writer.store()
                let setup = CallSetup(store: store, takeLock: { try CallLock(directory: store.directory) }, pack: pack, checklist: checklist)
                return LiveCallLauncher(setup, account: plan.account, contact: plan.contact, plan: plan, team: .joinedTeam)
            }
        }
    }

    private func checkPlan(_ path: String) throws {
        let loaded = try readPlanFile(path)
        let coach = try loadObjectiveCoach()
        let warnings = PlanReport.warnings(for: loaded, coach: coach, path: path)
        for warning in warnings { print(warning.description) }
        let plan = loaded.plan
        let flagged = warnings.filter { $0.diagnostic.message.hasPrefix("objective") }.count
        print("\(Count.of(plan.objectives.count, "objective")), \(plan.objectives.count - flagged) in learning mode; \(plan.blankPrepItems.count) of \(plan.prep.count) prep items blank")
        if !warnings.isEmpty { throw ExitCode(1) }
    }
}
