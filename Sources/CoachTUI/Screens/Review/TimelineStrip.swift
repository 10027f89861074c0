import CoachCore

/// The call across the full width: who held the floor (▀ me, ▄ them), a lettered mark for each barrier
/// at its moment, and the time at both ends.
enum TimelineStrip {
    static let height = 3

    static func column(of noteIndex: Int, in review: CallReview, width: Int) -> Int {
        Int((review.position(ofNote: noteIndex) * Double(width - 1)).rounded())
    }

    static func draw(_ review: CallReview, selected: ReviewedFlag?, into canvas: inout Canvas, y: Int) {
        let width = canvas.size.columns
        if review.duration > 0 {
            for segment in review.floor {
                let start = segment.start * width / review.duration
                let end = max(start + 1, segment.end * width / review.duration)
                let isRep = segment.holder == .me
                canvas.fill(isRep ? "▀" : "▄", x: start, y: y, width: end - start, style: Style(color: isRep ? .cyan : .green))
            }
        }
        for flag in review.barriers where !flag.dismissed {
            guard case .barrier(let barrier) = flag.target else { continue }
            let isSelected = flag == selected
            canvas.write(String(barrier.mark), x: column(of: flag.noteIndex, in: review, width: width), y: y + 1,
                         style: Style(color: colour(barrier), bold: true, reverse: isSelected))
        }
        canvas.write("00:00", x: 0, y: y + 2, style: .dim)
        let legend = "▀ me  ▄ them"
        canvas.write(legend, x: max(6, (width - legend.count) / 2), y: y + 2, style: .dim)
        canvas.write(review.durationText, x: width - review.durationText.count, y: y + 2, style: .dim)
    }

    static func colour(_ barrier: Barrier) -> Color {
        switch barrier {
        case .pitching, .prideEnthusiasm: .red
        case .impatience, .unaddressedHistory: .yellow
        case .excessiveGoalFocus, .consciousCompetence: .magenta
        case .planAttachment, .lackOfPreparation: .blue
        }
    }
}
