import CoachCore

/// `secondcall plan`: the call planned as a learning exercise. Objectives framed as a want or a tell are
/// flagged as they are typed, with a rewrite one key away; the plan is saved as a file the rep can keep.
public final class PlanFormScreen: Screen {
    private var form: PlanForm
    private let coach: ObjectiveCoach
    private let save: (CallPlan) throws -> String
    private let start: (CallPlan) -> Reaction
    private var lastSaved: CallPlan?
    private var status: (text: String, isProblem: Bool)?
    private var scrollTop = 0
    private var size = TerminalSize(columns: 80, rows: 24)
    /// The coach's word on each objective, read again only when its text changes.
    private var findings: [(text: String, finding: ObjectiveCoach.Finding?)] = []

    /// `save` writes the plan and returns where; `start` begins the call with it.
    public init(plan: CallPlan, coach: ObjectiveCoach, save: @escaping (CallPlan) throws -> String,
                start: @escaping (CallPlan) -> Reaction) {
        form = PlanForm(plan)
        self.coach = coach
        self.save = save
        self.start = start
        reviewObjectives()
    }

    public var keyTable: any KeyTableListing { PlanAction.table }

    public var minimumSize: TerminalSize { TerminalSize(columns: 60, rows: 16) }

    private var hasUnsavedChanges: Bool { lastSaved != form.plan }

    // MARK: Drawing

    private enum Line {
        case heading(String)
        case field(label: String, line: InputLine, row: Int)
        case coach(String)
        case add(String, row: Int)
        case blank
    }

    private func lines(width: Int) -> [Line] {
        var lines: [Line] = []
        for (row, kind) in form.rows.enumerated() {
            switch kind {
            case .account: lines.append(.field(label: "Account", line: form.account, row: row))
            case .contact: lines.append(.field(label: "Contact", line: form.contact, row: row))
            case .style:
                lines.append(.field(label: "Style", line: form.style, row: row))
                lines += [.blank, .heading("Objectives: what do you need to learn?")]
            case .objective(let index):
                lines.append(.field(label: "\(index + 1).", line: form.objectives[index], row: row))
                if let finding = findings[index].finding {
                    let why = finding.why.hasSuffix(".") ? String(finding.why.dropLast()) : finding.why
                    let advice = "↳ \(why). Try: “\(finding.rewrite)” (^R)"
                    lines += TextWrap.lines(advice, width: max(10, width - 10)).map(Line.coach)
                }
            case .addObjective:
                lines += [.add("+ add an objective", row: row), .blank, .heading("Questions to ask")]
            case .question(let index): lines.append(.field(label: "\(index + 1).", line: form.questions[index], row: row))
            case .addQuestion:
                let blank = form.plan.blankPrepItems.count
                lines += [.add("+ add a question", row: row), .blank,
                          .heading("Homework: what you found out (\(blank) of \(form.prepItems.count) blank)")]
            case .prep(let index):
                lines.append(.heading("  " + form.prepItems[index]))
                lines.append(.field(label: "", line: form.prepAnswers[index], row: row))
            }
        }
        return lines
    }

    public func render(into canvas: inout Canvas) {
        let width = canvas.size.columns
        canvas.write("Plan a call", x: 2, y: 0, style: .bold)
        canvas.write("what you need to learn, not what you want to tell", x: 15, y: 0, style: .dim, limit: width - 17)
        let all = lines(width: width)
        let height = Self.height(canvas.size)
        canvas.cursor = nil
        for (offset, line) in all.dropFirst(scrolled(scrollTop, lines: all, height: height)).prefix(height).enumerated() {
            draw(line, y: Self.top + offset, into: &canvas)
        }
        drawStatus(into: &canvas, y: canvas.size.rows - 2)
        HintBar.draw(PlanAction.table.hints, into: &canvas, y: canvas.size.rows - 1)
    }

    private static let top = 2

    private static func height(_ size: TerminalSize) -> Int { size.rows - top - 2 }

    /// The first line shown, moved no more than needed for the line with the caret to show.
    private func scrolled(_ scrollTop: Int, lines: [Line], height: Int) -> Int {
        let focusLine = lines.firstIndex { line in
            switch line {
            case .field(_, _, let row), .add(_, let row): row == form.focus
            default: false
            }
        } ?? 0
        return Scrolling.top(scrollTop, showing: focusLine, height: height)
    }

    private func draw(_ line: Line, y: Int, into canvas: inout Canvas) {
        let width = canvas.size.columns
        switch line {
        case .heading(let text): canvas.write(text, x: 2, y: y, style: .bold, limit: width - 4)
        case .coach(let text): canvas.write(text, x: 8, y: y, style: Style(color: .yellow), limit: width - 10)
        case .blank: break
        case .add(let text, let row):
            canvas.write(text, x: 4, y: y, style: row == form.focus ? .reverse : .dim, limit: width - 6)
        case .field(let label, let input, let row):
            let isFocused = row == form.focus
            canvas.write(label, x: 4, y: y, style: isFocused ? .bold : .plain)
            let x = label.isEmpty ? 6 : (label.count > 3 ? 13 : 8)
            let (text, caret) = isFocused ? input.visible(width: width - x - 2) : (input.visibleFromStart(width: width - x - 2), 0)
            canvas.fill(x: x, y: y, width: width - x - 2, style: Style(underline: true))
            canvas.write(text, x: x, y: y, style: Style(underline: true))
            if isFocused { canvas.cursor = Point(x: x + caret, y: y) }
        }
    }

    private func drawStatus(into canvas: inout Canvas, y: Int) {
        if let status {
            canvas.write((status.isProblem ? "✖ " : "") + status.text, x: 2, y: y,
                         style: status.isProblem ? Style(color: .red, bold: true) : Style(color: .green), limit: canvas.size.columns - 4)
        } else if hasUnsavedChanges {
            canvas.write("not saved yet", x: 2, y: y, style: .dim)
        }
    }

    // MARK: Keys

    public func resize(to size: TerminalSize) {
        self.size = size
        scrollTop = scrolled(scrollTop, lines: lines(width: size.columns), height: Self.height(size))
    }

    public func handle(_ key: Key) -> Reaction {
        let reaction = handleKey(key)
        reviewObjectives()
        scrollTop = scrolled(scrollTop, lines: lines(width: size.columns), height: Self.height(size))
        return reaction
    }

    /// Asks the coach about each objective whose text changed since it was last asked.
    private func reviewObjectives() {
        findings = form.objectives.enumerated().map { index, line in
            if findings.indices.contains(index), findings[index].text == line.text { return findings[index] }
            return (line.text, coach.review(line.text))
        }
    }

    private func handleKey(_ key: Key) -> Reaction {
        guard let action = PlanAction.table.action(for: key, lineIsEmpty: form.focusedLine?.isEmpty ?? true) else {
            guard case .character(let character) = key else { return .none }
            // Typing on an "add" row starts the new item with what was typed.
            if form.focusedLine == nil { form.enter() }
            status = form.focusedLine?.insert(character) == false ? (InputLine.fullMessage, true) : nil
            return .redraw
        }
        switch action {
        case .next: form.move(by: 1)
        case .previous: form.move(by: -1)
        case .enter: form.enter()
        case .deleteItem: form.deleteItem()
        case .useRewrite: useRewrite()
        case .save: saveNow()
        case .startCall:
            guard saveNow() else { return .redraw }
            return start(form.plan)
        case .help: return .push(HelpOverlay(over: self))
        case .leave:
            guard hasUnsavedChanges else { return .pop }
            return .push(ConfirmOverlay(over: self, question: "Leave the plan without saving it?") { .closeAndPop })
        case .edit(let edit): form.focusedLine?.apply(edit)
        }
        return .redraw
    }

    private func useRewrite() {
        guard case .objective(let index) = form.focusedRow, let finding = findings[index].finding else { return }
        form.focusedLine = InputLine(finding.rewrite)
    }

    @discardableResult
    private func saveNow() -> Bool {
        let plan = form.plan
        do {
            let place = try save(plan)
            lastSaved = plan
            status = ("Saved to \(place)", false)
            return true
        } catch {
            status = ("Not saved: \(error)", true)
            return false
        }
    }
}
