import CoachCore

/// The rows of one section of the review: headings, and items the cursor can rest on.
struct ReviewList {
    enum Section: CaseIterable {
        case barriers, strengths, plan
    }

    enum Item: Equatable {
        case flag(Flag)
        case objective(Int)
        case plannedQuestion(Int)
    }

    struct Row {
        var text: String
        var style: Style
        var item: Item?
    }

    static func rows(_ section: Section, _ review: CallReview) -> [Row] {
        switch section {
        case .barriers: barrierRows(review)
        case .strengths: strengthRows(review)
        case .plan: planRows(review)
        }
    }

    private static func barrierRows(_ review: CallReview) -> [Row] {
        let unknown = review.unknownFlagsText.map { [Row(text: $0, style: Style(color: .yellow))] } ?? []
        guard !review.barriers.isEmpty else { return [Row(text: "No barriers flagged on this call.", style: Style(color: .green))] + unknown }
        var rows = unknown
        for (barrier, flags) in review.barrierGroups {
            let counted = flags.filter { !$0.dismissed }.count
            let traits = barrier.traits
            rows.append(Row(text: "\(traits.mark)  \(traits.title) (\(counted))", style: Style(color: Color(traits.terminalColour), bold: true)))
            for flag in flags {
                let text = "   \(review.moment(ofNote: flag.noteIndex)) \(flag.message)" + flag.remarkText
                rows.append(Row(text: text, style: flag.dismissed ? Style(dim: true) : .plain, item: .flag(flag)))
            }
        }
        return rows
    }

    private static func strengthRows(_ review: CallReview) -> [Row] {
        guard !review.strengths.isEmpty else { return [Row(text: "No strengths flagged on this call.", style: .dim)] }
        return review.strengths.map { flag in
            Row(text: "\(review.moment(ofNote: flag.noteIndex)) \(flag.target.title): \(review.line(ofNote: flag.noteIndex))",
                style: Style(color: .green), item: .flag(flag))
        }
    }

    private static func planRows(_ review: CallReview) -> [Row] {
        guard let plan = review.plan else { return [Row(text: "This call was not planned. 'secondcall plan' plans the next one.", style: .dim)] }
        var rows = [Row(text: "Objectives: what did you learn? (Space ticks)", style: .bold, item: nil)]
        for (index, objective) in review.objectives.enumerated() {
            rows.append(Row(text: "  \(objective.learned ? "☑" : "☐") \(objective.text)", style: objective.learned ? Style(color: .green) : .plain,
                            item: .objective(index)))
        }
        rows.append(Row(text: "Planned questions", style: .bold, item: nil))
        for (index, question) in review.plannedQuestions.enumerated() {
            rows.append(Row(text: "  \(question.asked ? "☑ asked" : "☐ not asked"): \(question.text)", style: .plain, item: .plannedQuestion(index)))
        }
        let blank = plan.blankPrepItems
        rows.append(Row(text: blank.isEmpty ? "Homework: all done" : "Homework left blank: \(blank.joined(separator: "; "))",
                        style: blank.isEmpty ? Style(color: .green) : Style(color: .yellow), item: nil))
        return rows
    }
}
