/// The first screen: every other screen is reached from here, and each returns here.
public final class HomeScreen: Screen {
    public enum Entry: String, CaseIterable, Sendable {
        case live = "Start a call"
        case plan = "Plan a call"
        case practice = "Practise with a scripted customer"
        case review = "Review past calls"
        case rules = "Rules"
        case quit = "Quit"

        var shortcut: Character {
            switch self {
            case .live: "c"
            case .plan: "p"
            case .practice: "t"
            case .review: "r"
            case .rules: "u"
            case .quit: "q"
            }
        }
    }

    /// What choosing an entry leads to: a screen, or a sentence saying why there is none yet.
    public enum Destination {
        case screen(any Screen)
        case unavailable(String)
    }

    enum Action: Sendable { case up, down, open, help, quit, shortcut(Entry) }

    private let open: (Entry) -> Destination
    private var selected = 0
    private var status = ""

    let table: KeyTable<Action>
    public var keyTable: any KeyTableListing { table }

    public init(open: @escaping (Entry) -> Destination) {
        self.open = open
        table = KeyTable(title: "Home", [
            KeyBinding([.up, .character("k")], .up, label: "up", help: "move up", inHintBar: false),
            KeyBinding([.down, .character("j")], .down, label: "down", help: "move down", inHintBar: false),
            KeyBinding([.enter], .open, label: "open", help: "open the selected entry"),
        ] + Entry.allCases.filter { $0 != .quit }.map { entry in
            KeyBinding([.character(entry.shortcut)], .shortcut(entry), label: entry.rawValue,
                       help: entry.rawValue.lowercased(), inHintBar: false)
        } + [
            .help(.help),
            KeyBinding([.character("q"), .control("c")], .quit, label: "quit", help: "quit SecondCall"),
        ])
    }

    public func render(into canvas: inout Canvas) {
        let width = canvas.size.columns
        canvas.write("SecondCall", x: 2, y: 1, style: Style(color: .cyan, bold: true))
        canvas.write("a coach for the conversation that earns the second call", x: 14, y: 1, style: .dim, limit: width - 16)
        for (index, entry) in Entry.allCases.enumerated() {
            let y = 3 + index
            let marker = index == selected ? "▸ " : "  "
            canvas.write("\(marker)\(entry.rawValue)", x: 2, y: y, style: index == selected ? .reverse : .plain)
            canvas.write("(\(entry.shortcut))", x: 40, y: y, style: .dim)
        }
        if !status.isEmpty { canvas.write(status, x: 2, y: 4 + Entry.allCases.count, style: Style(color: .yellow)) }
        HintBar.draw(table.hints, into: &canvas, y: canvas.size.rows - 1)
        canvas.cursor = nil
    }

    public func handle(_ key: Key) -> Reaction {
        guard let action = table.action(for: key) else { return .none }
        switch action {
        case .up:
            selected = (selected + Entry.allCases.count - 1) % Entry.allCases.count
        case .down:
            selected = (selected + 1) % Entry.allCases.count
        case .open:
            return choose(Entry.allCases[selected])
        case .shortcut(let entry):
            selected = Entry.allCases.firstIndex(of: entry)!
            return choose(entry)
        case .help:
            return .push(HelpOverlay(over: self))
        case .quit:
            return .quit
        }
        status = ""
        return .redraw
    }

    private func choose(_ entry: Entry) -> Reaction {
        if entry == .quit { return .quit }
        switch open(entry) {
        case .screen(let screen):
            status = ""
            return .push(screen)
        case .unavailable(let reason):
            status = reason
            return .redraw
        }
    }
}
