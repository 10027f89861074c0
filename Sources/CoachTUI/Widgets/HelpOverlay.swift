/// The `?`/F1 overlay: every key of the screen below it, from the key table it answers now, then the
/// table's sections (what can be typed). Long help wraps beside its key; a list taller than the window
/// scrolls with ↑↓.
public final class HelpOverlay: Screen {
    enum Action: Sendable { case close, down, up, pageDown, pageUp }

    private enum Row {
        case heading(String)
        case entry(keys: String, help: String)
    }

    private let below: any Screen
    private let title: String
    private let rows: [Row]
    private var top = 0
    private var size = TerminalSize(columns: 80, rows: 24)

    /// What every screen's help ends with: keys the app answers everywhere.
    static let everywhere: [(keys: String, help: String)] = [
        ("^Z", "suspend SecondCall; 'fg' in the shell brings it back"),
        ("Esc", "close this help"),
    ]

    static let table = KeyTable<Action>(title: "Help", [
        KeyBinding([.escape, .character("?"), .character("q"), .function(1), .enter], .close, label: "close", help: "close this help"),
        KeyBinding([.down, .character("j")], .down, label: "", help: "scroll down a line", inHintBar: false),
        KeyBinding([.up, .character("k")], .up, label: "", help: "scroll up a line", inHintBar: false),
        KeyBinding([.pageDown], .pageDown, label: "", help: "scroll down a page", inHintBar: false),
        KeyBinding([.pageUp], .pageUp, label: "", help: "scroll up a page", inHintBar: false),
    ])

    public var keyTable: any KeyTableListing { Self.table }

    /// The help for the keys `below` answers now.
    public init(over below: any Screen) {
        self.below = below
        let table = below.keyTable
        title = "Keys: \(table.title)"
        var rows = (table.helpLines + Self.everywhere).map { Row.entry(keys: $0.keys, help: $0.help) }
        for section in table.sections {
            rows.append(.heading(section.title))
            rows += section.entries.map { Row.entry(keys: $0.keys, help: $0.help) }
        }
        self.rows = rows
    }

    /// The help laid out in a window: its box, the width of the keys column, and its lines.
    private struct Layout {
        var box: Box
        var keyWidth: Int
        var lines: [(text: String, isHeading: Bool)]

        var room: Int { box.innerHeight }
        /// The first line shown for a wanted one: no further down than the last line allows.
        func top(_ wanted: Int) -> Int { min(wanted, max(0, lines.count - room)) }
    }

    private func layout(in size: TerminalSize) -> Layout {
        let keyWidth = rows.map { if case .entry(let keys, _) = $0 { DisplayWidth.of(keys) } else { 0 } }.max() ?? 0
        let widest = rows.map { if case .entry(_, let help) = $0 { DisplayWidth.of(help) } else { 0 } }.max() ?? 0
        let width = min(size.columns - 2, keyWidth + widest + 6)
        let lines = lines(keyWidth: keyWidth, helpWidth: max(10, width - 6 - keyWidth))
        return Layout(box: Box.centred(in: size, width: width, height: lines.count + 2), keyWidth: keyWidth, lines: lines)
    }

    public func render(into canvas: inout Canvas) {
        below.render(into: &canvas)
        let layout = layout(in: canvas.size)
        let (box, keyWidth, lines, room, top) = (layout.box, layout.keyWidth, layout.lines, layout.room, layout.top(self.top))
        let scrolls = lines.count > room
        box.draw(into: &canvas, title: title + (scrolls ? " (↑↓ for more)" : ""), clearingRows: true)
        for (row, line) in lines.dropFirst(top).prefix(room).enumerated() {
            box.write(line.text, row: row, into: &canvas, style: line.isHeading ? .bold : .plain)
            if !line.isHeading { canvas.restyle(x: box.x + 2, y: box.y + 1 + row, width: keyWidth) { $0.bold = true } }
        }
        if scrolls, top + room < lines.count { canvas.write(" ↓ more ", x: box.x + 2, y: box.y + box.height - 1, style: .dim) }
        canvas.cursor = nil
    }

    private func lines(keyWidth: Int, helpWidth: Int) -> [(text: String, isHeading: Bool)] {
        var lines: [(String, Bool)] = []
        for row in rows {
            switch row {
            case .heading(let text):
                lines += [("", true), (text, true)]
            case .entry(let keys, let help):
                let padding = String(repeating: " ", count: keyWidth + 2)
                for (index, line) in TextWrap.lines(help, width: helpWidth).enumerated() {
                    let lead = index == 0 ? keys + String(repeating: " ", count: keyWidth + 2 - DisplayWidth.of(keys)) : padding
                    lines.append((lead + line, false))
                }
            }
        }
        return lines
    }

    public func handle(_ key: Key) -> Reaction {
        switch Self.table.action(for: key) {
        case .close: return .pop
        case .down: top += 1
        case .up: top = max(0, top - 1)
        case .pageDown: top += 10
        case .pageUp: top = max(0, top - 10)
        case nil: return .none
        }
        top = layout(in: size).top(top)
        return .redraw
    }

    public func resize(to size: TerminalSize) {
        self.size = size
        top = layout(in: size).top(top)
    }

    public func tick() -> Reaction { below.tick() }
}
