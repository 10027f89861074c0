/// A screen that only says something, for problems met while opening another screen.
public final class MessageScreen: Screen {
    private let title: String
    private let message: String

    public init(title: String, message: String) {
        self.title = title
        self.message = message
    }

    public func render(into canvas: inout Canvas) {
        canvas.write(title, x: 2, y: 1, style: Style(color: .red, bold: true))
        for (row, line) in TextWrap.lines(message, width: canvas.size.columns - 4).enumerated() {
            canvas.write(line, x: 2, y: 3 + row)
        }
        HintBar.draw([("Esc", "back")], into: &canvas, y: canvas.size.rows - 1)
        canvas.cursor = nil
    }

    public func handle(_ key: Key) -> Reaction {
        switch key {
        case .escape, .enter, .character("q"): .pop
        case .control("c"): .quit
        default: .none
        }
    }
}
