/// Asked on start when the call's account and contact were not given: both optional, Enter to go on.
public final class CallDetailsScreen: Screen {
    private var fields = [InputLine(), InputLine()]
    private var focus = 0
    private let labels = ["Account", "Contact"]
    private let start: (_ account: String, _ contact: String) -> Reaction

    enum Action: Sendable { case enter, next, previous, back, help, edit(LineEdit) }

    static let table = KeyTable<Action>(title: "Start a call", [
        KeyBinding([.enter], .enter, label: "next/start", help: "the next field; on the last, start the call"),
        KeyBinding([.tab, .down], .next, label: "next field", help: "the next field"),
        KeyBinding([.up, .backTab], .previous, label: "", help: "the field before", inHintBar: false),
        KeyBinding([.escape, .control("c")], .back, label: "back", help: "back, starting no call"),
        .helpWhileTyping(.help),
    ] + LineEdit.bindings(Action.edit))

    public var keyTable: any KeyTableListing { Self.table }

    public init(start: @escaping (_ account: String, _ contact: String) -> Reaction) {
        self.start = start
    }

    public func render(into canvas: inout Canvas) {
        canvas.write("Start a call", x: 2, y: 1, style: .bold)
        canvas.write("Who is it with? Both are optional; Enter moves on, Enter on the last starts the call.", x: 2, y: 2,
                     style: .dim, limit: canvas.size.columns - 4)
        for (index, label) in labels.enumerated() {
            let y = 4 + index * 2
            canvas.write("\(label):", x: 2, y: y, style: index == focus ? .bold : .plain)
            let (text, caret) = fields[index].visible(width: canvas.size.columns - 14)
            canvas.write(text, x: 12, y: y, style: Style(underline: true))
            if index == focus { canvas.cursor = Point(x: 12 + caret, y: y) }
        }
        HintBar.draw(Self.table.hints, into: &canvas, y: canvas.size.rows - 1)
    }

    public func handle(_ key: Key) -> Reaction {
        guard let action = Self.table.action(for: key, lineIsEmpty: fields[focus].isEmpty) else {
            guard case .character(let character) = key else { return .none }
            fields[focus].insert(character)
            return .redraw
        }
        switch action {
        case .next: focus = (focus + 1) % fields.count
        case .previous: focus = (focus + fields.count - 1) % fields.count
        case .enter:
            guard focus == fields.count - 1 else {
                focus += 1
                return .redraw
            }
            return start(fields[0].text.trimmingCharacters(in: .whitespaces), fields[1].text.trimmingCharacters(in: .whitespaces))
        case .back: return .pop
        case .help: return .push(HelpOverlay(over: self))
        case .edit(let edit): fields[focus].apply(edit)
        }
        return .redraw
    }
}
