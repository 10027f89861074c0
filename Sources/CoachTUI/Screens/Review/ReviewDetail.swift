import CoachCore

/// The selected flag in full: its note between the lines around it, what it means, and what to do instead.
enum ReviewDetail {
    static func draw(_ flag: Flag?, in review: CallReview, into canvas: inout Canvas, y: Int, height: Int) {
        let width = canvas.size.columns
        guard let flag else {
            canvas.write("Select a flag to see its note and what to do instead.", x: 1, y: y, style: .dim, limit: width - 2)
            return
        }
        var lines: [(String, Style)] = []
        let index = flag.noteIndex
        if index > 0 { lines.append(("  " + review.moment(ofNote: index - 1) + " " + review.line(ofNote: index - 1), .dim)) }
        lines.append(("▸ " + review.moment(ofNote: index) + " " + review.line(ofNote: index), .bold))
        if index + 1 < review.notes.count { lines.append(("  " + review.moment(ofNote: index + 1) + " " + review.line(ofNote: index + 1), .dim)) }
        let title = flag.target.isBarrier ? "⚑ \(flag.target.id): \(flag.message)" : "✔ \(flag.target.title)"
        lines.append((title + flag.remarkText + "  [\(flag.rule)]",
                      flag.target.isBarrier ? Style(color: .red, bold: true) : Style(color: .green, bold: true)))
        if flag.target.isBarrier {
            lines += TextWrap.lines("Instead: " + flag.tip, width: width - 2).map { ($0, Style.plain) }
        }
        for (offset, line) in lines.prefix(height).enumerated() {
            canvas.write(line.0, x: 1, y: y + offset, style: line.1, limit: width - 2)
        }
    }
}
