import CoachCore

/// The plan being filled in: one editable line per field, objective, question and prep answer, and which
/// row has the caret. Lists grow from their "add" rows and shrink by deleting an item.
struct PlanForm {
    enum Row: Equatable {
        case account, contact, style
        case objective(Int), addObjective
        case question(Int), addQuestion
        case prep(Int)
    }

    var account = InputLine()
    var contact = InputLine()
    var style = InputLine()
    var objectives: [InputLine] = []
    var questions: [InputLine] = []
    var prepItems: [String] = []
    var prepAnswers: [InputLine] = []
    var focus = 0

    init(_ plan: CallPlan) {
        account = InputLine(plan.account)
        contact = InputLine(plan.contact)
        style = InputLine(plan.style)
        objectives = plan.objectives.map(InputLine.init)
        questions = plan.questions.map(InputLine.init)
        prepItems = plan.prep.map(\.item)
        prepAnswers = plan.prep.map { InputLine($0.answer) }
    }

    var plan: CallPlan {
        let trimmed = { (line: InputLine) in line.text.trimmingCharacters(in: .whitespaces) }
        return CallPlan(account: trimmed(account), contact: trimmed(contact), style: trimmed(style),
                        objectives: objectives.map(trimmed).filter { !$0.isEmpty },
                        questions: questions.map(trimmed).filter { !$0.isEmpty },
                        prep: zip(prepItems, prepAnswers.map(trimmed)).map { ($0, $1) })
    }

    var rows: [Row] {
        [.account, .contact, .style] + objectives.indices.map(Row.objective) + [.addObjective]
            + questions.indices.map(Row.question) + [.addQuestion] + prepItems.indices.map(Row.prep)
    }

    var focusedRow: Row { rows[focus] }

    mutating func move(by offset: Int) {
        focus = min(max(0, focus + offset), rows.count - 1)
    }

    /// The line the caret is in; nil on an "add" row.
    var focusedLine: InputLine? {
        get {
            switch focusedRow {
            case .account: account
            case .contact: contact
            case .style: style
            case .objective(let index): objectives[index]
            case .question(let index): questions[index]
            case .prep(let index): prepAnswers[index]
            case .addObjective, .addQuestion: nil
            }
        }
        set {
            guard let newValue else { return }
            switch focusedRow {
            case .account: account = newValue
            case .contact: contact = newValue
            case .style: style = newValue
            case .objective(let index): objectives[index] = newValue
            case .question(let index): questions[index] = newValue
            case .prep(let index): prepAnswers[index] = newValue
            case .addObjective, .addQuestion: break
            }
        }
    }

    /// Enter: on a list (its items or its "add" row) starts a new item after the caret's; elsewhere moves on.
    mutating func enter() {
        switch focusedRow {
        case .objective(let index): insertObjective(at: index + 1)
        case .addObjective: insertObjective(at: objectives.count)
        case .question(let index): insertQuestion(at: index + 1)
        case .addQuestion: insertQuestion(at: questions.count)
        case .account, .contact, .style, .prep: move(by: 1)
        }
    }

    private mutating func insertObjective(at index: Int) {
        objectives.insert(InputLine(), at: index)
        focus = rows.firstIndex(of: .objective(index))!
    }

    private mutating func insertQuestion(at index: Int) {
        questions.insert(InputLine(), at: index)
        focus = rows.firstIndex(of: .question(index))!
    }

    /// Removes the objective or question under the caret; other rows are kept.
    mutating func deleteItem() {
        switch focusedRow {
        case .objective(let index): objectives.remove(at: index)
        case .question(let index): questions.remove(at: index)
        default: return
        }
        focus = min(focus, rows.count - 1)
    }
}
