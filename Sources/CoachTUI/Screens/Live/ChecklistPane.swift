import CoachCore

/// The checklist for the current stage, then the plan's questions: ticked items marked, the selected one
/// highlighted while ticking.
enum ChecklistPane {
    static func draw(_ session: CallSession, into canvas: inout Canvas, x: Int, y: Int, width: Int, height: Int, selected: Int?) {
        guard width > 6, height > 1 else { return }
        for row in y..<(y + height) { canvas.write("│", x: x, y: row, style: .dim) }
        canvas.write(session.stage.rawValue.capitalized, x: x + 2, y: y, style: .bold, limit: width - 2)
        var row = y + 1
        let stageItemCount = session.checklist.items(for: session.stage).count
        for (index, item) in session.checklistItems.enumerated() {
            if index == stageItemCount, row + 1 < y + height {
                canvas.write("Planned questions", x: x + 2, y: row + 1, style: .bold, limit: width - 2)
                row += 2
            }
            guard row < y + height else { break }
            let isTicked = session.ticked.contains(item.id)
            let box = isTicked ? "☑ " : "☐ "
            let lines = TextWrap.lines(item.text, width: max(4, width - 4))
            for (offset, line) in lines.enumerated() where row < y + height {
                let style = index == selected ? Style.reverse : (isTicked ? Style(color: .green) : .plain)
                canvas.write((offset == 0 ? box : "  ") + line, x: x + 2, y: row, style: style, limit: width - 2)
                row += 1
            }
        }
    }
}
