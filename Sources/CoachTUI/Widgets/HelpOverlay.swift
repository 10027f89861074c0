/// The `?`/F1 overlay: every key of the screen below it, from that screen's key table.
public final class HelpOverlay: Screen {
    private let below: any Screen
    private let title: String
    private let lines: [(keys: String, help: String)]

    public init<Action: Sendable>(over below: any Screen, table: KeyTable<Action>) {
        self.below = below
        title = "Keys: \(table.title)"
        lines = table.helpLines + [("Esc", "close this help")]
    }

    public func render(into canvas: inout Canvas) {
        below.render(into: &canvas)
        let keyWidth = lines.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let textWidth = lines.map { DisplayWidth.of($0.help) }.max() ?? 0
        let box = Box.centred(in: canvas.size, width: keyWidth + textWidth + 7, height: lines.count + 2)
        box.draw(into: &canvas, title: title)
        for (row, line) in lines.enumerated() {
            let padded = line.keys + String(repeating: " ", count: keyWidth - DisplayWidth.of(line.keys))
            box.write(padded + "  " + line.help, row: row, into: &canvas)
            canvas.restyle(x: box.x + 2, y: box.y + 1 + row, width: keyWidth) { $0.bold = true }
        }
        canvas.cursor = nil
    }

    public func handle(_ key: Key) -> Reaction {
        switch key {
        case .escape, .character("?"), .character("q"), .function(1), .enter: .pop
        case .resize: .redraw
        default: .none
        }
    }

    public func tick() -> Reaction { below.tick() }
}
