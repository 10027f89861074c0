/// A screen that only says something: a problem met while opening another screen, or a text to read.
public final class MessageScreen: Screen {
    private let title: String
    private let message: String
    private let isProblem: Bool

    enum Action: Sendable { case back, help, quit }

    static let table = KeyTable<Action>(title: "Message", [
        KeyBinding([.escape, .enter, .character("q")], .back, label: "back", help: "back to where you were"),
        .help(.help),
        KeyBinding([.control("c")], .quit, label: "quit", help: "quit SecondCall", inHintBar: false),
    ])

    public var keyTable: any KeyTableListing { Self.table }

    /// The screen `make` builds or, when it cannot, one that says why under `title`.
    public static func orProblem(_ title: String, _ make: () throws -> any Screen) -> any Screen {
        do {
            return try make()
        } catch {
            return MessageScreen(title: title, message: "\(error)")
        }
    }

    public init(title: String, message: String, isProblem: Bool = true) {
        self.title = title
        self.message = message
        self.isProblem = isProblem
    }

    public func render(into canvas: inout Canvas) {
        canvas.write(title, x: 2, y: 1, style: isProblem ? Style(color: .red, bold: true) : .bold)
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { TextWrap.lines(String($0), width: canvas.size.columns - 4) }
        for (row, line) in lines.enumerated() where 3 + row < canvas.size.rows - 1 {
            canvas.write(line, x: 2, y: 3 + row)
        }
        HintBar.draw(Self.table.hints, into: &canvas, y: canvas.size.rows - 1)
        canvas.cursor = nil
    }

    public func handle(_ key: Key) -> Reaction {
        switch Self.table.action(for: key) {
        case .back: .pop
        case .help: .push(HelpOverlay(over: self))
        case .quit: .quit
        case nil: .none
        }
    }
}
