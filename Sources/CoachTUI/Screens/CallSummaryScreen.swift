import CoachCore

/// Shown when a call ends: how it went in a few lines, flags counted by barrier, and, for a planned call,
/// its objectives for the rep to tick as learned or not.
public final class CallSummaryScreen: Screen {
    private let lines: [(String, Style)]
    private let session: CallSession
    private let journal: (any CallJournal)?
    private let objectives: [String]
    private var selected = 0
    private var problem: String?

    public init(session: CallSession, elapsed: Int, now: Double, journal: (any CallJournal)? = nil) {
        self.session = session
        self.journal = journal
        objectives = session.plan?.objectives ?? []
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
        let bottom = canvas.size.rows - 2
        var row = 1
        for line in lines where row < bottom {
            canvas.write(line.0, x: 2, y: row, style: line.1, limit: canvas.size.columns - 4)
            row += 1
        }
        if !objectives.isEmpty, row + 1 < bottom {
            canvas.write("Objectives: what did you learn? (Space ticks)", x: 2, y: row + 1, style: .bold, limit: canvas.size.columns - 4)
            row += 2
            for (index, objective) in objectives.enumerated() where row < bottom {
                let isLearned = session.ticked.contains(CallSession.objectiveID(index))
                let style = index == selected ? Style.reverse : (isLearned ? Style(color: .green) : .plain)
                canvas.write((isLearned ? "☑ " : "☐ ") + objective, x: 2, y: row, style: style, limit: canvas.size.columns - 4)
                row += 1
            }
        }
        if let problem { canvas.write("✖ " + problem, x: 2, y: bottom, style: Style(color: .red, bold: true), limit: canvas.size.columns - 4) }
        let hints = objectives.isEmpty ? [("Esc", "home"), ("q", "quit")] : [("↑↓", "objective"), ("Space", "learned"), ("Esc", "home"), ("q", "quit")]
        HintBar.draw(hints, into: &canvas, y: canvas.size.rows - 1)
        canvas.cursor = nil
    }

    public func handle(_ key: Key) -> Reaction {
        switch key {
        case .escape, .enter: return .pop
        case .character("q"), .control("c"): return .quit
        case .up where !objectives.isEmpty: selected = max(0, selected - 1)
        case .down where !objectives.isEmpty: selected = min(objectives.count - 1, selected + 1)
        case .character(" ") where !objectives.isEmpty: toggleObjective()
        default: return .none
        }
        return .redraw
    }

    private func toggleObjective() {
        let id = CallSession.objectiveID(selected)
        let isLearned = !session.ticked.contains(id)
        do {
            try journal?.tick(item: id, ticked: isLearned)
            session.setTicked(id, isLearned)
            problem = nil
        } catch {
            problem = "Not saved: \(error)"
        }
    }
}
