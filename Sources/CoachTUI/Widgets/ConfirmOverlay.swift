/// A yes/no question over a screen: `y` runs the action, `n` or Esc closes it.
public final class ConfirmOverlay: Screen {
    private let below: any Screen
    private let question: String
    private let onYes: () -> Reaction

    enum Action: Sendable { case yes, no, help }

    static let table = KeyTable<Action>(title: "Confirm", [
        KeyBinding([.character("y"), .character("Y")], .yes, label: "yes", help: "yes, go ahead"),
        KeyBinding([.character("n"), .character("N"), .escape, .control("c")], .no, label: "no", help: "no, back to where you were"),
        .help(.help),
    ])

    public var keyTable: any KeyTableListing { Self.table }

    public init(over below: any Screen, question: String, onYes: @escaping () -> Reaction) {
        self.below = below
        self.question = question
        self.onYes = onYes
    }

    public func render(into canvas: inout Canvas) {
        below.render(into: &canvas)
        let lines = TextWrap.lines(question, width: min(60, canvas.size.columns - 6)) + ["", HintBar.line(Self.table.hints.prefix(2))]
        let box = Box.centred(in: canvas.size, width: (lines.map { DisplayWidth.of($0) }.max() ?? 0) + 6, height: lines.count + 2)
        box.draw(into: &canvas, title: "Confirm", style: .bold, clearingRows: true)
        for (row, line) in lines.enumerated() { box.write(line, row: row, into: &canvas) }
        canvas.cursor = nil
    }

    public func handle(_ key: Key) -> Reaction {
        switch Self.table.action(for: key) {
        case .yes: onYes()
        case .no: .pop
        case .help: .push(HelpOverlay(over: self))
        case nil: .none
        }
    }

    public func tick() -> Reaction { below.tick() }
}
