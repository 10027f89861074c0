import CoachCore
import CoachPacks
import CoachTUI
import Foundation
import TestSupport
import Testing

/// 80x24 is the terminal everyone has. Every screen is drawn there with long, real-looking content, and
/// every word shown must be whole: a word cut short ends with `…`. A word counts as whole when the same
/// screen, drawn in a window big enough for everything, shows it too.
@Suite struct SmallWindowTests {
    /// Words only a small window shows, on purpose: "7 q, 5 open" in the live gauges, and the "more" of
    /// a list longer than the window.
    static let shortForms: Set<String> = ["q", "more"]

    static let account = "Northwind Wholesale Distribution Partners"
    static let contact = "Alexandra Montgomery-Fitzgerald"
    static let plan = CallPlan(account: account, contact: contact, style: "direct, numbers first, impatient with small talk",
                               objectives: ["I want to get them to sign the renewal before the end of the quarter so we can expand into their regional warehouses"],
                               questions: ["What would a good season look like for the regional warehouses and the people who run them?"])

    /// One screen state: a name for failures, and the app showing it at 80x24.
    struct Shot {
        var name: String
        var app: App
    }

    /// The words shown, each with whether an ellipsis marks it as cut (right after it, or right before).
    static func words(_ text: String) -> [(word: String, cut: Bool)] {
        var result: [(String, Bool)] = []
        var current = ""
        var before: Character = " "
        var previous: Character = " "
        for character in text + " " {
            defer { previous = character }
            if character.isLetter || character.isNumber || (!current.isEmpty && (character == "'" || character == "-")) {
                if current.isEmpty { before = previous }
                current.append(character)
                continue
            }
            if !current.isEmpty {
                while current.last == "'" || current.last == "-" { current.removeLast() }
                result.append((current, character == "…" || before == "…"))
            }
            current = ""
        }
        return result
    }

    static func check(_ shot: Shot) {
        let small = shot.app.terminal as! VirtualTerminal
        #expect(small.size == TerminalSize(columns: 80, rows: 24))
        var large = Canvas(size: TerminalSize(columns: 400, rows: 150))
        shot.app.topScreen.render(into: &large)
        let whole = Set(words(large.text).map(\.word))
        shot.app.draw()
        let cut = words(small.screenText).filter { !$0.cut && !whole.contains($0.word) && !shortForms.contains($0.word) }.map(\.word)
        #expect(cut.isEmpty, "\(shot.name): words cut without …: \(cut)\n\(small.screenText)")
    }

    static func app(_ root: any Screen, keys: [Key] = []) -> App {
        let terminal = VirtualTerminal(columns: 80, rows: 24)
        let app = App(terminal: terminal, root: root)
        app.draw()
        terminal.press(keys, to: app)
        return app
    }

    static func liveShots() -> [Shot] {
        func live(_ name: String, _ keys: [Key]) -> Shot {
            let harness = LiveHarness(.small, plan: plan)
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
            live("typing", []), live("choosing a note", [.up, .up]), live("fixing a note", [.up, .enter]),
            live("ticking", [.function(4), .down]), live("help", [.function(1)]), live("help scrolled", [.function(1)] + Array(repeating: .down, count: 30)),
            live("the nudge in full", [.up, .escape, .function(6)]), live("ending", [.function(10)]),
        ]
    }

    static func planShots() -> [Shot] {
        let coach = try! ObjectiveCoachLoader.load(Fixtures.packageRoot.appendingPathComponent("Resources/objectives/default.yaml"))
        func form(_ name: String, _ keys: [Key]) -> Shot {
            Shot(name: "plan: \(name)", app: app(PlanFormScreen(plan: plan, coach: coach, save: { _ in "plans/northwind.yaml" }, start: { _ in .none }),
                                                 keys: keys))
        }
        return [form("the top", []), form("on the objective", [.down, .down, .down]), form("on the question", Array(repeating: .down, count: 5)),
                form("help", [.function(1)])]
    }

    static func reviewShots() throws -> [Shot] {
        let pack = LiveHarness.pack
        let document = NotesParser.parse(try Fixtures.text("calls/pitch-first.notes")).document
        let flags = RuleEngine.flags(for: document.notes, pack: pack, plan: plan).map(ReviewedFlag.init)
        let review = CallReview(account: account, contact: contact, startedAt: Date(timeIntervalSince1970: 1_790_000_000), duration: 190,
                                notes: document.notes, flags: flags, floorChanges: [], plan: plan, ticks: [:])
        func screen(_ name: String, _ keys: [Key]) -> Shot {
            Shot(name: "review: \(name)", app: app(ReviewScreen(review: review, setDismissed: { _, _ in }, setTicked: { _, _ in }), keys: keys))
        }
        return [screen("barriers", []), screen("a later flag", [.down, .down, .down]), screen("what went well", [.tab]),
                screen("the plan", [.tab, .tab]), screen("help", [.function(1)]), screen("the whole call", [.down, .enter])]
    }

    static func practiceShots() throws -> [Shot] {
        let scenarios = ScenarioLoader.load(extraDirectories: [], includeShipped: true)
        let scenario = try #require(scenarios.scenario(id: "old-wounds"))
        func practice(_ name: String, _ lines: [String], _ keys: [Key]) throws -> Shot {
            let run = PracticeRun(scenario: scenario, pack: LiveHarness.pack, checklist: Checklist(items: []), lexicon: try ScenarioLoader.loadLexicon())
            let app = app(PracticeScreen(run: run, journal: MemoryJournal(), now: { 0 }) { run in
                DebriefScreen(debrief: Debrief(run), title: run.scenario.title, review: { .none })
            })
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

    static func otherShots() -> [Shot] {
        let long = "A long line about something that happened, " + String(repeating: "with more words to wrap ", count: 8)
        return [
            Shot(name: "home", app: app(HomeScreen { _ in .unavailable("Start a call: the database /home/rep/.local/share/secondcall/secondcall.sqlite cannot be read") },
                                        keys: [.enter])),
            Shot(name: "call details", app: app(CallDetailsScreen { _, _ in .none })),
            Shot(name: "resume", app: app(ResumeScreen(description: "\(account) · \(contact) started 2026-11-20 09:30, 12:04 in, at the opportunity stage.") { _ in .none })),
            Shot(name: "message", app: app(MessageScreen(title: "Cannot open the call", message: long))),
            Shot(name: "list", app: app(ChoiceListScreen(title: "Rules", header: "RULE                              WHAT IT SAYS",
                                                         lines: ["plan-attachment-already-answered  Asking what the customer has already told you, which they will notice"],
                                                         emptyMessage: "none") { _ in .none })),
        ]
    }

    @Test func everyScreenAt80x24ShowsWholeWordsOrAnEllipsis() throws {
        for shot in Self.liveShots() + Self.planShots() + (try Self.reviewShots()) + (try Self.practiceShots()) + Self.otherShots() {
            Self.check(shot)
        }
    }
}
