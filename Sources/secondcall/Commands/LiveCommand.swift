import ArgumentParser
import CoachApp
import CoachCore
import CoachPacks
import CoachStore
import CoachTUI

struct LiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "live",
        abstract: "Coach a live call: type notes as it goes, Tab when the floor passes.",
        discussion: """
        Every note is saved before it shows.
        A call left unfinished is offered back on the next start.
        With no --plan, the newest plan saved for the account and contact is used, and the screen says so.
        """
    )

    @Option(help: "Who the call is with (the company).")
    var account = ""

    @Option(help: "The person on the call.")
    var contact = ""

    @Option(help: ArgumentHelp("The call's plan (made with 'secondcall plan'): its questions join the checklist.", valueName: "file"))
    var plan: String?

    @ArgumentParser.Flag(name: .customLong("no-plan"), help: "Start without a plan, even when one saved for the account and contact is found.")
    var noPlan = false

    @Option(name: .customLong("nudge-interval"), help: ArgumentHelp("Seconds of call time before the same barrier is nudged again.", valueName: "seconds"))
    var nudgeInterval = NudgeRationing.defaultInterval

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var rules: RuleOptions

    func run() throws {
        let lock = try storeOptions.lock()
        let store = try storeOptions.open()
        TeamPackHolder.refreshQuietly()
        TeamSharing.sendWaiting(store: store)
        let setup = CallSetup(store: store, takeLock: { lock }, pack: try rules.load(), checklist: try loadChecklist())
        var launcher = LiveCallLauncher(setup, account: account, contact: contact, nudgeInterval: nudgeInterval,
                                        plan: try plan.map { try readPlanFile($0).plan }, team: .joinedTeam)
        launcher.looksForSavedPlans = !noPlan
        try runInTerminal { _ in try launcher.firstScreen() }
    }
}
