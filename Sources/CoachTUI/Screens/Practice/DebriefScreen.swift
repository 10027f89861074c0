import CoachCore

/// After a practice call: the outcome, needs found, barriers hit, trust over the call, and the moves that
/// would have found what was missed.
public final class DebriefScreen: Screen {
    private let debrief: Debrief
    private let title: String
    private let review: (() -> Reaction)?

    /// `review` opens the stored practice in the review, when it was stored.
    public init(debrief: Debrief, title: String, review: (() -> Reaction)?) {
        self.debrief = debrief
        self.title = title
        self.review = review
    }

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
        var hints = [("Esc", "done")]
        if review != nil { hints.insert(("r", "review the call"), at: 0) }
        HintBar.draw(hints, into: &canvas, y: canvas.size.rows - 1)
        canvas.cursor = nil
    }

    public func handle(_ key: Key) -> Reaction {
        switch key {
        case .character("r"): review?() ?? .none
        case .escape, .enter, .character("q"): .pop
        default: .none
        }
    }
}
