import CoachCore

/// Shown when a call ends: how it went in a few lines, flags counted by barrier.
public final class CallSummaryScreen: Screen {
    private let lines: [(String, Style)]

    public init(session: CallSession, elapsed: Int, now: Double) {
        let facts = session.facts
        let share = session.clock.repShare(at: now).map { "\(Int($0.rounded()))% me / \(100 - Int($0.rounded()))% them" } ?? "not measured"
        var lines: [(String, Style)] = [
            ("Call ended", .bold),
            ("", .plain),
            ("Duration       \(NotesWriter.formatElapsed(elapsed))", .plain),
            ("Stage reached  \(session.stage.rawValue)", .plain),
            ("Talk share     \(share)  (best calls run about \(TalkShareReference.ratio), Gong Labs)", .plain),
            ("Questions      \(facts.questions), \(facts.openQuestions) open  (11-14 in a discovery call, Gong Labs)", .plain),
            ("Needs found    \(session.needs.count)", .plain),
            ("Next step      \(session.nextSteps.last ?? "none agreed")", session.nextSteps.isEmpty ? Style(color: .yellow) : .plain),
            ("", .plain),
        ]
        let barrierFlags = session.flags.compactMap(\.barrier)
        if barrierFlags.isEmpty {
            lines.append(("No barriers flagged.", Style(color: .green)))
        } else {
            lines.append(("Barriers flagged", .bold))
            for barrier in Barrier.allCases {
                let count = barrierFlags.filter { $0 == barrier }.count
                if count > 0 { lines.append(("  \(count)  \(barrier.title)", Style(color: .red))) }
            }
        }
        self.lines = lines
    }

    public func render(into canvas: inout Canvas) {
        for (row, line) in lines.enumerated() where row + 1 < canvas.size.rows - 1 {
            canvas.write(line.0, x: 2, y: row + 1, style: line.1, limit: canvas.size.columns - 4)
        }
        HintBar.draw([("Esc", "home"), ("q", "quit")], into: &canvas, y: canvas.size.rows - 1)
        canvas.cursor = nil
    }

    public func handle(_ key: Key) -> Reaction {
        switch key {
        case .escape, .enter: .pop
        case .character("q"), .control("c"): .quit
        default: .none
        }
    }
}
