import CoachCore

/// `secondcall practice ID`: the live screen's layout with a scripted customer. The rep types what they
/// would say; the customer's answers arrive in the conversation; trust and the needs found show at the top
/// and on the right; the brief is one key away. When the call ends, the debrief. What happens to the
/// practice is the model's (`PracticeModel`).
public final class PracticeScreen: Screen {
    private let practice: any PracticeModel
    private let debrief: (PracticeRun) -> any Screen
    private var input = InputLine()
    private var scrollBack = 0
    private var problem: String?
    private let wrapCache = NotesPane.WrapCache()
    /// Seconds into the practice as last read, by a key: what the screen shows the time as.
    private var elapsed = 0
    private var size = TerminalSize(columns: 80, rows: 24)

    /// `debrief` builds the screen shown when the call ends (it is stored and ended by then).
    public init(practice: any PracticeModel, debrief: @escaping (PracticeRun) -> any Screen) {
        self.practice = practice
        self.debrief = debrief
    }

    private var run: PracticeRun { practice.run }

    public var keyTable: any KeyTableListing { PracticeAction.table }

    public var minimumSize: TerminalSize { TerminalSize(columns: 70, rows: 18) }

    // MARK: Drawing

    public func render(into canvas: inout Canvas) {
        drawHeader(into: &canvas)
        let layout = layout(canvas.size)
        layout.draw(run.session, cache: wrapCache, position: .back(scrollBack), hints: PracticeAction.table.hints, into: &canvas) {
            drawSide(into: &$0, x: $1, y: $2, width: $3, height: $4)
        }
        CoachLine.drawInput(input, label: "me ▸ ", labelStyle: Style(color: .cyan, bold: true), isTyping: !run.isOver,
                            into: &canvas, y: layout.inputRow)
    }

    private func layout(_ size: TerminalSize) -> CallScreenLayout {
        CallScreenLayout(size: size, coach: CoachLine.runs(problem: problem, message: ending, nudge: run.session.nudge(at: elapsed)))
    }

    private func drawHeader(into canvas: inout Canvas) {
        let width = canvas.size.columns
        var x = canvas.write("Practice", x: 0, y: 0, style: Style(color: .magenta, bold: true))
        x += canvas.write("  " + run.scenario.title, x: x, y: 0, style: .bold, limit: max(0, width - x - 20))
        let turn = "turn \(run.turns.count)/\(run.scenario.turnLimit)"
        canvas.write(turn, x: width - turn.count, y: 0, style: .dim)
        let persona = run.scenario.persona
        x = canvas.write("with \(persona.name), \(persona.role)", x: 0, y: 1, style: .dim, limit: width / 2)
        x += canvas.write("   trust ", x: x, y: 1, style: .dim)
        let filled = run.trust / 10
        let style = run.trust <= run.scenario.loseAt + 10 ? Style(color: .red) : (run.trust >= run.scenario.win.trust ? Style(color: .green) : .plain)
        x += canvas.write(String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled), x: x, y: 1, style: style)
        x += canvas.write(" \(run.trust)", x: x, y: 1, style: style)
        canvas.write("   needs \(run.revealed.count)/\(run.scenario.needs.count)", x: x, y: 1, style: .dim)
    }

    private func drawSide(into canvas: inout Canvas, x: Int, y: Int, width: Int, height: Int) {
        guard width > 6, height > 1 else { return }
        for row in y..<(y + height) { canvas.write("│", x: x, y: row, style: .dim) }
        var lines: [(String, Style)] = [("Needs found", .bold)]
        for id in run.revealed {
            guard let need = run.scenario.needs.first(where: { $0.id == id }) else { continue }
            lines += TextWrap.lines("✔ " + need.summary, width: width - 3).map { ($0, Style(color: .green)) }
        }
        if run.revealed.isEmpty { lines += TextWrap.lines("none yet: ask about them", width: width - 3).map { ($0, Style.dim) } }
        if let last = run.turns.last {
            let before = run.turns.count > 1 ? run.turns[run.turns.count - 2].trust : run.scenario.trustStart
            let change = last.trust - before
            let move = "\(last.move.kind.rawValue.replacingOccurrences(of: "-", with: " ")) (\(change >= 0 ? "+" : "")\(change))"
            lines += [("", .plain), ("Last line", .bold)]
            lines += TextWrap.lines(move, width: width - 3).map { ($0, change < 0 ? Style(color: .red) : .plain) }
        }
        for (offset, line) in lines.prefix(height).enumerated() {
            canvas.write(line.0, x: x + 2, y: y + offset, style: line.1, limit: width - 3)
        }
    }

    /// Once the call has ended, what the coach line says instead of a nudge.
    private var ending: (text: String, style: Style)? {
        run.outcome.map { outcome in
            let text = switch outcome {
            case .win: "You earned the second call. Enter: the debrief"
            case .lost: "The customer has closed the door. Enter: the debrief"
            case .unfinished: "The call is over. Enter: the debrief"
            }
            return (text, Style(color: outcome == .win ? .green : .yellow, bold: true))
        }
    }

    // MARK: Keys

    public func resize(to size: TerminalSize) { self.size = size }

    public func handle(_ key: Key) -> Reaction {
        elapsed = practice.elapsed()
        guard let action = PracticeAction.table.action(for: key, lineIsEmpty: input.isEmpty) else {
            guard case .character(let character) = key, !run.isOver else { return .none }
            if !input.insert(character) { problem = InputLine.fullMessage }
            return .redraw
        }
        switch action {
        case .say: return run.isOver ? finish() : say()
        case .brief: return .push(BriefOverlay(over: self, scenario: run.scenario))
        case .endPractice:
            return .push(ConfirmOverlay(over: self, question: "End the practice now?") { [self] in .closeAndReplace(finishedScreen()) })
        case .help: return .push(HelpOverlay(over: self))
        case .quit:
            return .push(ConfirmOverlay(over: self, question: "Quit SecondCall? What was said is kept.") { .quit })
        case .showNudge:
            let session = run.session
            guard let nudge = session.nudge(at: elapsed), session.notes.indices.contains(nudge.noteIndex) else { return .none }
            return .push(NudgeOverlay(over: self, flag: nudge, noteLine: NotesPane.oneLine(session.notes[nudge.noteIndex])))
        case .scrollUp: scrollBack = layout(size).scrolled(scrollBack, pages: 1, run.session, cache: wrapCache)
        case .scrollDown: scrollBack = layout(size).scrolled(scrollBack, pages: -1, run.session, cache: wrapCache)
        case .edit(let edit): input.apply(edit)
        }
        return .redraw
    }

    private func say() -> Reaction {
        let text = input.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .none }
        let outcome = practice.say(text, at: elapsed)
        guard outcome != .nothing else { return .none }
        problem = outcome.problem
        if outcome == .done {
            input.clear()
            scrollBack = 0
        }
        return .redraw
    }

    private func finish() -> Reaction { .replace(finishedScreen()) }

    private func finishedScreen() -> any Screen {
        problem = practice.end(at: elapsed).problem
        return debrief(run)
    }
}
