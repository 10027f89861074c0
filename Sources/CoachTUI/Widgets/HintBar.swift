/// The bottom line: each key in reverse video followed by its label, as many as fit.
public enum HintBar {
    /// The hints as one line of text, for the foot of an overlay's box.
    static func line(_ hints: some Sequence<(keys: String, label: String)>) -> String {
        hints.map { "\($0.keys) \($0.label)" }.joined(separator: "    ")
    }

    public static func draw(_ hints: [(keys: String, label: String)], into canvas: inout Canvas, y: Int) {
        canvas.fill(x: 0, y: y, width: canvas.size.columns)
        var x = 0
        for hint in hints {
            let needed = DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(hint.label) + 2
            guard x + needed <= canvas.size.columns else { break }
            x += canvas.write(hint.keys, x: x, y: y, style: Style(bold: true, reverse: true))
            x += canvas.write(" " + hint.label + "  ", x: x, y: y)
        }
    }
}
