import CoachApp
import CoachCore
import CoachPacks
import CoachTUI
import TestSupport

/// The live screen on a virtual terminal with a journal in memory and a clock moved by hand.
struct LiveHarness {
    static let pack = RulePackLoader.load(directories: [ShippedRules.directory]).pack
    static let checklist = Checklist(items: [
        .init(id: "open", text: "Open with a question about them", stage: .relationship, auto: .openQuestion),
        .init(id: "style", text: "Notice their style", stage: .relationship),
        .init(id: "need", text: "A need named by the customer", stage: .opportunity, auto: .need),
    ])

    let app: App
    let terminal: VirtualTerminal
    let screen: LiveCallScreen
    let journal: MemoryJournal
    let clock: FakeClock

    init(_ size: ScreenSize = ScreenSize(100, 30), nudgeInterval: Double = 120, plan: CallPlan? = nil, notice: String? = nil) {
        clock = FakeClock()
        let session = CallSession(pack: Self.pack, checklist: Self.checklist, plan: plan, nudgeInterval: nudgeInterval)
        journal = MemoryJournal()
        let clock = clock
        screen = LiveCallScreen(call: LiveCall(session: session, journal: journal, now: { clock.now }), account: "Acme Retail",
                                contact: "Nick", notice: notice) { _ in nil }
        terminal = VirtualTerminal(columns: size.columns, rows: size.rows)
        app = App(terminal: terminal, root: screen)
        app.draw()
    }

    var text: String { terminal.screenText }
    var lines: [String] { text.components(separatedBy: "\n") }
    var input: String { lines[lines.count - 2] }
    var hintBar: String { lines[lines.count - 1] }

    /// The coach line's rows, joined: the rows between the last row of the panes (each has the checklist's
    /// border) and the input line.
    var coach: String {
        let lines = lines
        let lastPane = lines.lastIndex { $0.contains("│") } ?? 1
        return lines[(lastPane + 1)..<(lines.count - 2)].joined(separator: "\n")
    }

    /// The notes pane: each row's text left of the checklist's border.
    var notes: [String] {
        lines.dropFirst(2).compactMap { line in
            guard let border = line.firstIndex(of: "│") else { return nil }
            let text = String(line[..<border])
            return text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : text.trimmingCharacters(in: .whitespaces)
        }
    }

    /// Types a line and presses Enter, as a rep would.
    func say(_ line: String) { terminal.say(line, to: app) }

    func press(_ keys: Key...) { terminal.press(keys, to: app) }

    func type(_ text: String) {
        terminal.type(text)
        app.drainKeys()
    }

    /// Time passes on the call, and the screen ticks.
    func wait(_ seconds: Double) {
        clock.advance(seconds)
        app.step(nil)
    }
}
