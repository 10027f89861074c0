/// Offered on start when a call was left unfinished: resume it, end it now, or leave it and start afresh.
public final class ResumeScreen: Screen {
    public enum Choice: Sendable { case resume, endIt, leaveIt }

    enum Action: Sendable { case choose(Choice), help, back }

    static let table = KeyTable<Action>(title: "An unfinished call", [
        KeyBinding([.character("r")], .choose(.resume), label: "resume", help: "resume it (clock and stage as they were)"),
        KeyBinding([.character("e")], .choose(.endIt), label: "end it", help: "end it now, then start a new call"),
        KeyBinding([.character("n")], .choose(.leaveIt), label: "new call", help: "leave it unfinished and start a new call"),
        KeyBinding([.escape, .control("c")], .back, label: "back", help: "back, leaving it as it is"),
        .help(.help),
    ])

    public var keyTable: any KeyTableListing { Self.table }

    private let description: String
    private let choose: (Choice) -> Reaction

    public init(description: String, choose: @escaping (Choice) -> Reaction) {
        self.description = description
        self.choose = choose
    }

    public func render(into canvas: inout Canvas) {
        canvas.write("An unfinished call was found", x: 2, y: 1, style: .bold)
        canvas.write(description, x: 2, y: 3, limit: canvas.size.columns - 4)
        for (row, binding) in Self.table.bindings.prefix(3).enumerated() {
            canvas.write("\(binding.keyNames)  \(binding.help)", x: 2, y: 5 + row, limit: canvas.size.columns - 4)
        }
        HintBar.draw(Self.table.hints, into: &canvas, y: canvas.size.rows - 1)
        canvas.cursor = nil
    }

    public func handle(_ key: Key) -> Reaction {
        switch Self.table.action(for: key) {
        case .choose(let choice): choose(choice)
        case .back: .pop
        case .help: .push(HelpOverlay(over: self))
        case nil: .none
        }
    }
}
