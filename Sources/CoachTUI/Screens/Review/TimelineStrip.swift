import CoachCore

/// The call across the full width: who held the floor (▀ me, ▄ them), a lettered mark for each barrier
/// at its moment, and the time at both ends. Flags at one moment stack: two letters one above the other,
/// or past two, the first letter with the count under it.
enum TimelineStrip {
    static let height = 4

    static func column(of noteIndex: Int, in review: CallReview, width: Int) -> Int {
        Int((review.position(ofNote: noteIndex) * Double(width - 1)).rounded())
    }

    static func draw(_ review: CallReview, selected: Flag?, into canvas: inout Canvas, y: Int) {
        let width = canvas.size.columns
        if review.duration > 0 {
            for segment in review.floor {
                let start = segment.start * width / review.duration
                let end = max(start + 1, segment.end * width / review.duration)
                let isRep = segment.holder == .me
                canvas.fill(isRep ? "▀" : "▄", x: start, y: y, width: end - start, style: Style(color: isRep ? .cyan : .green))
            }
        }
        let standing = review.barriers.filter { !$0.dismissed }
        let byColumn = Dictionary(grouping: standing) { column(of: $0.noteIndex, in: review, width: width) }
        for (x, flags) in byColumn {
            let first = flags.first { $0 == selected } ?? flags[0]
            mark(first, isSelected: first == selected, into: &canvas, x: x, y: y + 1)
            if flags.count == 2 {
                let second = flags[0] == first ? flags[1] : flags[0]
                mark(second, isSelected: second == selected, into: &canvas, x: x, y: y + 2)
            } else if flags.count > 2 {
                canvas.write(flags.count > 9 ? "+" : String(flags.count), x: x, y: y + 2, style: .bold)
            }
        }
        canvas.write("00:00", x: 0, y: y + 3, style: .dim)
        let legend = byColumn.values.contains { $0.count > 2 } ? "▀ me  ▄ them  (a number: flags at that moment)" : "▀ me  ▄ them"
        if DisplayWidth.of(legend) + 14 <= width {
            canvas.write(legend, x: max(6, (width - DisplayWidth.of(legend)) / 2), y: y + 3, style: .dim)
        }
        canvas.write(review.durationText, x: width - review.durationText.count, y: y + 3, style: .dim)
    }

    private static func mark(_ flag: Flag, isSelected: Bool, into canvas: inout Canvas, x: Int, y: Int) {
        guard case .barrier(let barrier) = flag.target else { return }
        let traits = barrier.traits
        canvas.write(String(traits.mark), x: x, y: y, style: Style(color: Color(traits.terminalColour), bold: true, reverse: isSelected))
    }
}
