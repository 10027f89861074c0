import CoachCore

/// The checklist for the current stage, then the plan's questions: ticked items marked, the selected one
/// highlighted while ticking, and scrolled into view when the list is longer than the pane.
enum ChecklistPane {
    static func draw(_ session: CallSession, into canvas: inout Canvas, x: Int, y: Int, width: Int, height: Int, selected: Int?) {
        guard width > 6, height > 1 else { return }
        for row in y..<(y + height) { canvas.write("│", x: x, y: row, style: .dim) }
        canvas.write(session.stage.rawValue.capitalized, x: x + 2, y: y, style: .bold, limit: width - 2)
        var lines: [(text: String, style: Style)] = []
        var selectedEnd = 0
        let stageItemCount = session.checklist.items(for: session.stage).count
        for (index, item) in session.checklistItems.enumerated() {
            if index == stageItemCount { lines += [("", .plain), ("Planned questions", .bold)] }
            let isTicked = session.ticked.contains(item.id)
            let style = index == selected ? Style.reverse : (isTicked ? Style(color: .green) : .plain)
            for (offset, line) in TextWrap.lines(item.text, width: max(4, width - 4)).enumerated() {
                lines.append(((offset == 0 ? (isTicked ? "☑ " : "☐ ") : "  ") + line, style))
            }
            if index == selected { selectedEnd = lines.count }
        }
        let room = height - 1
        let top = max(0, selectedEnd - room)
        for (offset, line) in lines.dropFirst(top).prefix(room).enumerated() {
            canvas.write(line.text, x: x + 2, y: y + 1 + offset, style: line.style, limit: width - 2)
        }
    }
}
