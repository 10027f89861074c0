import CoachCore

/// After a practice call: the outcome, needs found, barriers hit, trust over the call, and the moves that
/// would have found what was missed.
public final class DebriefScreen: Screen {
    private let debrief: Debrief
    private let title: String
    private let review: (() -> Reaction)?
    private let table: KeyTable<Action>

    enum Action: Sendable { case review, done, help }

    /// `review` opens the stored practice in the review, when it was stored.
    public init(debrief: Debrief, title: String, review: (() -> Reaction)?) {
        self.debrief = debrief
        self.title = title
        self.review = review
        table = KeyTable(title: "Debrief", (review == nil ? [] : [
            KeyBinding([.character("r")], .review, label: "review the call", help: "the practice in the review, flag by flag"),
        ]) + [
            KeyBinding([.escape, .enter, .character("q")], .done, label: "done", help: "leave the debrief"),
            .help(.help),
        ])
    }

    public var keyTable: any KeyTableListing { table }

    public func render(into canvas: inout Canvas) {
        let width = canvas.size.columns
        canvas.write("Debrief  \(title)", x: 2, y: 1, style: .bold, limit: width - 4)
        let outcome: (String, Style) = switch debrief.outcome {
        case .win: ("You earned the second call.", Style(color: .green, bold: true))
        case .lost: ("The customer closed the door.", Style(color: .red, bold: true))
        case .unfinished: ("The call ended without a result.", Style(color: .yellow, bold: true))
        }
        canvas.write(outcome.0, x: 2, y: 3, style: outcome.1)
        var row = 5
        for line in debrief.lines.dropFirst() {
            let style = line.hasPrefix("cost the most") ? Style(color: .red, bold: true)
                : line.hasPrefix("also cost") ? Style(color: .red) : line.hasPrefix("missed") ? Style(color: .yellow) : .plain
            for wrapped in TextWrap.lines(line, width: width - 6) where row < canvas.size.rows - 2 {
                canvas.write(wrapped, x: 2, y: row, style: style)
                row += 1
            }
        }
        HintBar.draw(table.hints, into: &canvas, y: canvas.size.rows - 1)
        canvas.cursor = nil
    }

    public func handle(_ key: Key) -> Reaction {
        switch table.action(for: key) {
        case .review: review?() ?? .none
        case .done: .pop
        case .help: .push(HelpOverlay(over: self))
        case nil: .none
        }
    }
}
