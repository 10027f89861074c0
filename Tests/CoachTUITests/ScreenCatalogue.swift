import CoachApp
import CoachCore
import CoachPacks
import CoachTUI
import Foundation
import Testing
import TestSupport

/// Every screen, and every mode of one, with long real-looking content, built at a window size. The
/// small-window check, the key tables and the golden screens all go through this one list.
enum ScreenCatalogue {
    static let account = "Northwind Wholesale Distribution Partners"
    static let contact = "Alexandra Montgomery-Fitzgerald"
    static let plan = CallPlan(account: account, contact: contact, style: "direct, numbers first, impatient with small talk",
                               objectives: ["I want to get them to sign the renewal before the end of the quarter so we can expand into their regional warehouses"],
                               questions: ["What would a good season look like for the regional warehouses and the people who run them?"])
    /// When the reviewed call started.
    static let startedAt = Date(timeIntervalSince1970: 1_790_000_000)

    /// One screen state: a name for failures and file names, and the app showing it.
    struct Shot {
        var name: String
        var app: App

        /// The name as a file name: `live: the nudge in full` → `live-the-nudge-in-full`.
        var fileName: String {
            name.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
                .split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
        }
    }

    static func shots(_ size: ScreenSize) throws -> [Shot] {
        liveShots(size) + planShots(size) + (try reviewShots(size)) + (try practiceShots(size)) + otherShots(size)
    }

    static func app(_ root: any Screen, _ size: ScreenSize, keys: [Key] = []) -> App {
        let terminal = VirtualTerminal(columns: size.columns, rows: size.rows)
        let app = App(terminal: terminal, root: root)
        app.draw()
        terminal.press(keys, to: app)
        return app
    }

    static func liveShots(_ size: ScreenSize) -> [Shot] {
        func live(_ name: String, _ keys: [Key]) -> Shot {
            let harness = LiveHarness(size, plan: plan)
            for line in ["Thanks for making the time today, Alexandra. How has the season been across the warehouses?",
                         "c: Honestly, your last rollout was months late and nobody apologised for the disruption it caused.",
                         "Our platform is the market leader and has over forty integrations with every major system you could name.",
                         "Can I show you the new forecasting module?"] {
                harness.say(line)
            }
            harness.terminal.press(keys, to: harness.app)
            return Shot(name: "live: \(name)", app: harness.app)
        }
        return [
            Shot(name: "live: waiting for the call", app: LiveHarness(size, plan: plan).app),
            live("typing", []), live("choosing a note", [.up, .up]), live("fixing a note", [.up, .enter]),
            live("ticking", [.function(4), .down]), live("help", [.function(1)]), live("help scrolled", [.function(1)] + Array(repeating: .down, count: 30)),
            live("the nudge in full", [.up, .escape, .function(6)]), live("ending", [.function(10)]),
        ]
    }

    static func planShots(_ size: ScreenSize) -> [Shot] {
        let coach = try! ObjectiveCoachLoader.load(Fixtures.packageRoot.appendingPathComponent("Resources/objectives/default.yaml"))
        func form(_ name: String, _ keys: [Key]) -> Shot {
            Shot(name: "plan: \(name)", app: app(PlanFormScreen(plan: plan, coach: coach, save: { _ in "plans/northwind.yaml" }, start: { _ in .none }),
                                                 size, keys: keys))
        }
        return [form("the top", []), form("on the objective", [.down, .down, .down]), form("on the question", Array(repeating: .down, count: 5)),
                form("help", [.function(1)])]
    }

    static func reviewShots(_ size: ScreenSize) throws -> [Shot] {
        let document = NotesParser.parse(try Fixtures.text("calls/pitch-first.notes")).document
        let flags = RuleEngine.flags(for: document.notes, pack: LiveHarness.pack, plan: plan)
        let review = CallReview(account: account, contact: contact, startedAt: startedAt, duration: 190,
                                notes: document.notes, flags: flags, floorChanges: [], plan: plan, ticks: [:])
        func screen(_ name: String, _ keys: [Key]) -> Shot {
            Shot(name: "review: \(name)", app: app(ReviewScreen(review: review, setDismissed: { _, _ in }, setTicked: { _, _ in }), size, keys: keys))
        }
        return [screen("barriers", []), screen("a later flag", [.down, .down, .down]), screen("what went well", [.tab]),
                screen("the plan", [.tab, .tab]), screen("help", [.function(1)]), screen("the whole call", [.down, .enter])]
    }

    static func practiceShots(_ size: ScreenSize) throws -> [Shot] {
        let scenarios = ScenarioLoader.load(extraDirectories: [], includeShipped: true)
        let scenario = try #require(scenarios.scenario(id: "old-wounds"))
        func practice(_ name: String, _ lines: [String], _ keys: [Key]) throws -> Shot {
            let run = PracticeRun(scenario: scenario, pack: LiveHarness.pack, checklist: Checklist(items: []), lexicon: try ScenarioLoader.loadLexicon())
            let app = app(PracticeScreen(practice: PracticeCall(run: run, journal: MemoryJournal(), now: { 0 })) { run in
                DebriefScreen(debrief: Debrief(run), title: run.scenario.title, review: { .none })
            }, size)
            let terminal = app.terminal as! VirtualTerminal
            for line in lines { terminal.say(line, to: app) }
            terminal.press(keys, to: app)
            return Shot(name: "practice: \(name)", app: app)
        }
        let lines = ["Thanks for your time, Maria. How have things been at the plant?", "Let me tell you about our new adhesive line, it is the best on the market.",
                     "We have been in business since 1987."]
        return [try practice("the call", lines, []), try practice("the brief", [], [.function(2)]),
                try practice("the debrief", lines, [.function(10), .character("y")])]
    }

    static func otherShots(_ size: ScreenSize) -> [Shot] {
        let long = "A long line about something that happened, " + String(repeating: "with more words to wrap ", count: 8)
        return [
            Shot(name: "home", app: app(HomeScreen { _ in .unavailable("Start a call: the database /home/rep/.local/share/secondcall/secondcall.sqlite cannot be read") },
                                        size, keys: [.enter])),
            Shot(name: "call details", app: app(CallDetailsScreen { _, _ in .none }, size)),
            Shot(name: "resume", app: app(ResumeScreen(description: "\(account) · \(contact) started 2026-11-20 09:30, 12:04 in, at the opportunity stage.") { _ in .none }, size)),
            Shot(name: "message", app: app(MessageScreen(title: "Cannot open the call", message: long), size)),
            Shot(name: "list", app: app(ChoiceListScreen(title: "Rules", header: "RULE                              WHAT IT SAYS",
                                                         lines: ["plan-attachment-already-answered  Asking what the customer has already told you, which they will notice"],
                                                         emptyMessage: "none") { _ in .none }, size)),
            Shot(name: "list with nothing to choose", app: app(ChoiceListScreen(title: "Review past calls", header: "", lines: [],
                                                                                emptyMessage: "No stored calls yet.") { _ in .none }, size)),
        ]
    }
}
