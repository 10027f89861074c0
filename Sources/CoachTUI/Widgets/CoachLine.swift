import CoachCore

/// The rows above the hint bar on the call screens (live and practice): the coach line, wrapped onto
/// more rows when what it says does not fit one, and the line the rep types in.
enum CoachLine {
    /// What the coach line says, as styled runs: a problem first; else the screen's own message (a mode,
    /// an ending); else the nudge and what to do instead; nil when there is nothing to say.
    static func runs(problem: String?, message: (text: String, style: Style)?, nudge: Flag?) -> [StyledWrap.Run]? {
        if let problem { return [.init(text: "✖ " + problem, style: Style(color: .red, bold: true))] }
        if let message { return [.init(text: message.text, style: message.style)] }
        guard let nudge else { return nil }
        return [.init(text: "⚑ \(nudge.message)", style: Style(color: .red, bold: true)), .init(text: "→ \(nudge.tip)", style: .plain)]
    }

    /// Rows the coach line takes at `width`: one at least, `maxRows` at most; a nudge cut short ends with a
    /// pointer to the key that shows it whole.
    static func layout(_ runs: [StyledWrap.Run]?, width: Int, maxRows: Int) -> [StyledWrap.Line] {
        guard let runs else { return [[]] }
        return StyledWrap.lines(runs, width: width, maxLines: maxRows, more: .init(text: "… F6 whole tip", style: .dim))
    }

    /// The most rows the coach line may take on a screen `rows` high: the notes keep the rest.
    static func maxRows(screenRows: Int) -> Int { screenRows >= 24 ? 3 : 2 }

    /// Draws the coach line's rows from `y`; the first sits on the rule that closes the notes above it.
    static func draw(_ lines: [StyledWrap.Line], into canvas: inout Canvas, y: Int) {
        canvas.fill("─", x: 0, y: y, width: canvas.size.columns, style: .dim)
        for (offset, line) in lines.enumerated() {
            if offset > 0 { canvas.fill(x: 0, y: y + offset, width: canvas.size.columns) }
            let used = StyledWrap.draw(line, into: &canvas, x: 0, y: y + offset)
            if offset == 0, used > 0 { canvas.fill(x: used, y: y, width: 1) }
        }
    }

    /// Who is typing, then the input scrolled to its caret; the cursor sits at the caret when typing. A
    /// selected line (one the screen refused) shows in reverse, to be replaced by the next key.
    static func drawInput(_ input: InputLine, label: String, labelStyle: Style, isTyping: Bool, into canvas: inout Canvas,
                          x: Int = 0, y: Int) {
        let start = x + canvas.write(label, x: x, y: y, style: labelStyle)
        let (shown, caret) = input.visible(width: canvas.size.columns - start - 1)
        canvas.write(shown, x: start, y: y, style: input.isSelected ? .reverse : .plain)
        canvas.cursor = isTyping ? Point(x: start + caret, y: y) : nil
    }
}
