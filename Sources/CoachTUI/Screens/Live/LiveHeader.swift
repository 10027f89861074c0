import CoachCore

/// The top two rows: who the call is with, time, stage and saved state; then the gauges.
enum LiveHeader {
    static func draw(_ session: CallSession, account: String, contact: String, elapsed: Int, now: Double, saved: Bool,
                     into canvas: inout Canvas) {
        let width = canvas.size.columns
        let who = CallParties.text(account: account, contact: contact)
        var x = canvas.write("SecondCall", x: 0, y: 0, style: Style(color: .cyan, bold: true))
        if !who.isEmpty { x += canvas.write("  " + who, x: x, y: 0, style: .bold, limit: max(0, width / 3)) }
        x += canvas.write("  " + NotesWriter.formatElapsed(elapsed), x: x, y: 0)
        x += 2
        let savedText = saved ? "● saved" : "✖ NOT SAVED"
        let allStages = Stage.allCases.map(\.rawValue).joined(separator: " ▸ ")
        if x + DisplayWidth.of(allStages) + 1 + DisplayWidth.of(savedText) <= width {
            for (index, stage) in Stage.allCases.enumerated() {
                let current = stage == session.stage
                x += canvas.write(stage.rawValue, x: x, y: 0, style: current ? Style(bold: true, reverse: true) : .dim)
                if index < 2 { x += canvas.write(" ▸ ", x: x, y: 0, style: .dim) }
            }
        } else {
            // Too narrow for all three: the stage the call is in, with … for the stages before and after it.
            if session.stage != Stage.allCases.first { x += canvas.write("… ▸ ", x: x, y: 0, style: .dim) }
            x += canvas.write(session.stage.rawValue, x: x, y: 0, style: Style(bold: true, reverse: true))
            if session.stage.next != nil { x += canvas.write(" ▸ …", x: x, y: 0, style: .dim) }
        }
        canvas.write(savedText, x: max(x + 1, width - DisplayWidth.of(savedText)), y: 0,
                     style: saved ? Style(color: .green) : Style(color: .red, bold: true, reverse: true))
        drawGauges(session, now: now, into: &canvas, y: 1)
    }

    /// Talk share as a bar with the best-calls reference marked (Gong Labs), then monologue, questions, needs, flags.
    static func drawGauges(_ session: CallSession, now: Double, into canvas: inout Canvas, y: Int) {
        let facts = session.facts
        let share = session.clock.repShare(at: now)
        var x = canvas.write(session.clock.isPaused ? "talk ⏸ " : "talk ", x: 0, y: y, style: .dim)
        let barWidth = canvas.size.columns >= 110 ? 20 : 10
        let filled = Int(((share ?? 0) / 100 * Double(barWidth)).rounded())
        let reference = Int((TalkShareReference.bestRepShare / 100 * Double(barWidth)).rounded())
        let over = (share ?? 0) > TalkShareReference.cautionRepShare
        for column in 0..<barWidth {
            let character: Character = column == reference ? "┊" : (column < filled ? "█" : "░")
            canvas.write(String(character), x: x + column, y: y,
                         style: column < filled ? Style(color: over ? .red : .cyan) : .dim)
        }
        x += barWidth + 1
        let shareText = share.map { "me \(Int($0.rounded()))% them \(100 - Int($0.rounded()))%" } ?? "me – them –"
        let long = "\(shareText) (best \(TalkShareReference.ratio), Gong)  monologue \(facts.longestMonologue)w  questions \(facts.questions), \(facts.openQuestions) open  needs \(session.needs.count)  flags \(session.barrierFlagCount)"
        // The bar marks the 43:57 reference; the short form leaves it to the bar.
        let short = "\(shareText)  monologue \(facts.longestMonologue)w  \(facts.questions) q, \(facts.openQuestions) open  needs \(session.needs.count)  flags \(session.barrierFlagCount)"
        canvas.write(DisplayWidth.of(long) <= canvas.size.columns - x ? long : short, x: x, y: y)
    }
}
