import CoachCore

/// The two rows above the hint bar on the call screens (live and practice): the coach line, and the line
/// the rep types in.
enum CoachLine {
    /// A problem first; else the screen's own message (a mode, an ending); else the nudge and its tip.
    static func draw(problem: String?, message: (text: String, style: Style)?, nudge: Flag?, into canvas: inout Canvas, y: Int) {
        canvas.fill("─", x: 0, y: y, width: canvas.size.columns, style: .dim)
        if let problem {
            canvas.write("✖ " + problem, x: 0, y: y, style: Style(color: .red, bold: true))
        } else if let message {
            canvas.write(message.text, x: 0, y: y, style: message.style)
        } else if let nudge {
            let x = canvas.write("⚑ \(nudge.message)", x: 0, y: y, style: Style(color: .red, bold: true))
            canvas.write("  → \(nudge.tip)", x: x, y: y, style: .plain)
        }
    }

    /// Who is typing, then the input scrolled to its caret; the cursor sits at the caret when typing.
    static func drawInput(_ input: InputLine, label: String, labelStyle: Style, isTyping: Bool, into canvas: inout Canvas, y: Int) {
        let labelWidth = canvas.write(label, x: 0, y: y, style: labelStyle)
        let (shown, caret) = input.visible(width: canvas.size.columns - labelWidth - 1)
        canvas.write(shown, x: labelWidth, y: y)
        canvas.cursor = isTyping ? Point(x: labelWidth + caret, y: y) : nil
    }
}
