/// A list to pick from (stored calls, practice scenarios): one line a choice, Enter opens it.
public final class ChoiceListScreen: Screen {
    private let title: String
    private let header: String
    private let lines: [String]
    private let emptyMessage: String
    private let open: (Int) -> Reaction
    private var selected = 0
    private var top = 0
    private var listHeight = 0

    enum Action: Sendable { case down, up, open, help, back }

    static let table = KeyTable<Action>(title: "Choose", [
        KeyBinding([.down, .character("j")], .down, label: "", help: "the next line", inHintBar: false),
        KeyBinding([.up, .character("k")], .up, label: "", help: "the line before", inHintBar: false),
        KeyBinding([.enter], .open, label: "open", help: "open the selected line"),
        KeyBinding([.escape, .character("q")], .back, label: "back", help: "back, choosing nothing"),
        .help(.help),
    ])

    /// With nothing to choose, only the way back.
    static let emptyTable = KeyTable<Action>(title: "Choose", table.bindings.filter {
        if case .back = $0.action { true } else if case .help = $0.action { true } else { false }
    })

    private var table: KeyTable<Action> { lines.isEmpty ? Self.emptyTable : Self.table }
    public var keyTable: any KeyTableListing { table }

    /// `open` gets the index of the chosen line.
    public init(title: String, header: String, lines: [String], emptyMessage: String, open: @escaping (Int) -> Reaction) {
        self.title = title
        self.header = header
        self.lines = lines
        self.emptyMessage = emptyMessage
        self.open = open
    }

    public func render(into canvas: inout Canvas) {
        let width = canvas.size.columns
        canvas.write(title, x: 2, y: 0, style: .bold)
        canvas.cursor = nil
        guard !lines.isEmpty else {
            canvas.write(emptyMessage, x: 2, y: 2, style: .dim, limit: width - 4)
            HintBar.draw(keyTable.hints, into: &canvas, y: canvas.size.rows - 1)
            return
        }
        let height = Self.listHeight(canvas.size)
        let top = Scrolling.top(top, showing: selected, height: height)
        canvas.write(header, x: 2, y: 2, style: .dim, limit: width - 4)
        for (offset, line) in lines.dropFirst(top).prefix(height).enumerated() {
            canvas.write(line, x: 2, y: 3 + offset, style: top + offset == selected ? .reverse : .plain, limit: width - 4)
        }
        HintBar.draw(keyTable.hints, into: &canvas, y: canvas.size.rows - 1)
    }

    private static func listHeight(_ size: TerminalSize) -> Int { size.rows - 4 }

    public func resize(to size: TerminalSize) {
        listHeight = Self.listHeight(size)
        top = Scrolling.top(top, showing: selected, height: listHeight)
    }

    public func handle(_ key: Key) -> Reaction {
        switch table.action(for: key) {
        case .down: selected = min(max(0, lines.count - 1), selected + 1)
        case .up: selected = max(0, selected - 1)
        case .open:
            guard lines.indices.contains(selected) else { return .none }
            return open(selected)
        case .back: return .pop
        case .help: return .push(HelpOverlay(over: self))
        case nil: return .none
        }
        top = Scrolling.top(top, showing: selected, height: listHeight)
        return .redraw
    }
}
