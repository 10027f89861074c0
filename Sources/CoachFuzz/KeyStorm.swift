import CoachApp
import CoachCore
import CoachPacks
import CoachTUI
import Foundation

/// Random keys, resizes included, into one of the screens on a virtual terminal, with the screen's
/// promises checked after every key: the cursor is on the screen, no wide character is cut in half,
/// every note shown is saved, and text typed into an input line is there to see.
enum KeyStorm {
    private static let screenNames = ["home", "live", "plan", "review", "practice", "details", "list", "resume"]

    /// The screen a storm hits, with the session it shows (when it shows one) and its journal.
    private static func makeScreen(_ name: String) -> (any Screen, CallSession?, FuzzJournal) {
        let journal = FuzzJournal()
        switch name {
        case "live":
            let session = CallSession(pack: Seeds.pack, checklist: Checklist(items: [.init(id: "a", text: "Open with a question", stage: .relationship)]),
                                      plan: CallPlan(questions: ["What would a good season look like?"]))
            return (LiveCallScreen(call: LiveCall(session: session, journal: journal, now: { 30 })) { _ in nil }, session, journal)
        case "plan":
            return (PlanFormScreen(plan: CallPlan(account: "Acme"), coach: Seeds.objectiveCoach,
                                   save: { _ in "plan.yaml" }, start: { _ in .pop }), nil, journal)
        case "review":
            let flags = RuleEngine.flags(for: Seeds.call, pack: Seeds.pack)
            let review = CallReview(account: "Acme", contact: "Nick", startedAt: Date(timeIntervalSince1970: 0), duration: 300,
                                    notes: Seeds.call, flags: flags, floorChanges: [(30, .them), (60, .me)],
                                    plan: CallPlan(objectives: ["Learn what changed"]), ticks: [:])
            return (ReviewScreen(review: review, setDismissed: { _, _ in }, setTicked: { _, _ in }), nil, journal)
        case "practice":
            let run = PracticeRun(scenario: Seeds.scenario, pack: Seeds.pack, checklist: Checklist(items: []), lexicon: Seeds.lexicon)
            let screen = PracticeScreen(practice: PracticeCall(run: run, journal: journal, now: { 0 })) { run in
                DebriefScreen(debrief: Debrief(run), title: run.scenario.title, review: nil)
            }
            return (screen, nil, journal)
        case "details":
            return (CallDetailsScreen { _, _ in .pop }, nil, journal)
        case "resume":
            return (ResumeScreen(description: "Acme Retail · Nick started 2026-11-20 09:30, 12:04 in, at the opportunity stage.") { _ in
                .replace(MessageScreen(title: "resumed", message: "a call 日本 👋🏽 with a long line to wrap", isProblem: false))
            }, nil, journal)
        case "list":
            return (ChoiceListScreen(title: "Calls", header: "WHEN", lines: ["one", "two 日本", "three 👋🏽"], emptyMessage: "none") { _ in .none },
                    nil, journal)
        default:
            return (HomeScreen { _ in .unavailable("not here") }, nil, journal)
        }
    }

    private static let characters: [Character] = Array("abcXYZ 019.,?!:/-'") + ["é", "ß", "日", "本", "👋🏽", "\u{301}", "\u{200D}", "\u{FFFD}", "e\u{301}", "🇳🇿"]
    private static let named: [Key] = [.enter, .tab, .backTab, .backspace, .delete, .escape, .up, .down, .left, .right, .home, .end,
                                       .pageUp, .pageDown, .unknown(410), .unknown(-1)]

    static func run(_ input: inout FuzzInput) throws {
        let terminal = VirtualTerminal(columns: 1 + input.number(below: 220), rows: 1 + input.number(below: 80))
        let name = input.pick(screenNames)
        let (screen, session, journal) = makeScreen(name)
        let app = App(terminal: terminal, root: screen)
        app.draw()
        var steps = 0
        while !input.isExhausted, !app.isFinished, steps < 3000 {
            app.step(key(&input, terminal))
            try checkFrame(terminal, name)
            if let session { try check(journal.notes == session.notes, "\(name): a note on screen is not saved") }
            steps += 1
        }
        try checkTypedTextShows(app, terminal, name)
    }

    private static func key(_ input: inout FuzzInput, _ terminal: VirtualTerminal) -> Key {
        switch input.number(below: 100) {
        case 0..<55: return .character(input.pick(characters))
        case 55..<80: return input.pick(named)
        case 80..<88: return .function(1 + input.number(below: 12))
        case 88..<97: return .control(input.pick(Array("abcdefghijklmnopqrstuvwxyz")))
        default:
            terminal.resize(columns: 1 + input.number(below: 300), rows: 1 + input.number(below: 100))
            return .resize
        }
    }

    private static func checkFrame(_ terminal: VirtualTerminal, _ name: String) throws {
        let frame = terminal.frame
        try check(frame.size == terminal.size, "\(name): the frame is \(frame.size), the terminal \(terminal.size)")
        if let cursor = frame.cursor {
            try check(cursor.x >= 0 && cursor.y >= 0 && cursor.x < frame.size.columns && cursor.y < frame.size.rows,
                      "\(name): the cursor \(cursor) is off a \(frame.size.columns)x\(frame.size.rows) screen")
        }
        for y in 0..<frame.size.rows {
            for x in 0..<frame.size.columns {
                let cell = frame[x, y]
                if cell.isContinuation {
                    let left = x > 0 ? frame[x - 1, y].grapheme : nil
                    try check(left.map { DisplayWidth.of($0) == 2 } ?? false, "\(name): half a wide character at \(x),\(y)")
                } else if let grapheme = cell.grapheme, DisplayWidth.of(grapheme) == 2 {
                    try check(x + 1 < frame.size.columns && frame[x + 1, y].isContinuation,
                              "\(name): a wide character without its room at \(x),\(y)")
                }
            }
        }
    }

    /// On a screen with an input line, what is typed next shows on it.
    private static func checkTypedTextShows(_ app: App, _ terminal: VirtualTerminal, _ name: String) throws {
        guard !app.isFinished, ["live", "practice"].contains(name), app.topScreen is LiveCallScreen || app.topScreen is PracticeScreen,
              terminal.size.columns >= 70, terminal.size.rows >= 18 else { return }
        terminal.queue([.escape])
        terminal.type("zqx")
        app.drainKeys()
        let inputRow = terminal.screenText.components(separatedBy: "\n")[terminal.size.rows - 2]
        let isFull = terminal.screenText.contains("A line holds at most")
        let isOver = terminal.screenText.contains("Enter: the debrief")
        // Compared by scalars: a combining mark typed earlier may follow the marker and join its last letter.
        let row = Array(inputRow.unicodeScalars)
        let marker = Array("zqx".unicodeScalars)
        let isShown = row.indices.contains { row[$0...].starts(with: marker) }
        try check(isFull || isOver || isShown,
                  "\(name): typed text is not on the input line: \(inputRow)")
    }
}
