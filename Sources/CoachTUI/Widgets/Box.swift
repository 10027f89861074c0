/// A framed, cleared rectangle with a title, for overlays and panes.
struct Box {
    var x: Int
    var y: Int
    var width: Int
    var height: Int

    /// A box of at most the given size, centred in the canvas.
    static func centred(in size: TerminalSize, width: Int, height: Int) -> Box {
        let width = min(width, size.columns)
        let height = min(height, size.rows)
        return Box(x: (size.columns - width) / 2, y: (size.rows - height) / 2, width: width, height: height)
    }

    var innerWidth: Int { max(0, width - 4) }
    var innerHeight: Int { max(0, height - 2) }

    /// Draws the frame and clears inside it. An overlay clears its rows across the whole window, so no
    /// word of the screen below shows cut off by the frame's sides.
    func draw(into canvas: inout Canvas, title: String, style: Style = .plain, clearingRows: Bool = false) {
        guard width >= 2, height >= 2 else { return }
        for row in y..<(y + height) {
            if clearingRows { canvas.fill(x: 0, y: row, width: canvas.size.columns) } else { canvas.fill(x: x, y: row, width: width) }
        }
        canvas.write("┌" + String(repeating: "─", count: width - 2) + "┐", x: x, y: y, style: style)
        for row in (y + 1)..<(y + height - 1) {
            canvas.write("│", x: x, y: row, style: style)
            canvas.write("│", x: x + width - 1, y: row, style: style)
        }
        canvas.write("└" + String(repeating: "─", count: width - 2) + "┘", x: x, y: y + height - 1, style: style)
        if !title.isEmpty { canvas.write(" \(title) ", x: x + 2, y: y, style: .bold, limit: width - 4) }
    }

    /// Writes a line inside the frame (row 0 is the first line under the top border).
    func write(_ text: String, row: Int, into canvas: inout Canvas, style: Style = .plain) {
        guard row < innerHeight else { return }
        canvas.write(text, x: x + 2, y: y + 1 + row, style: style, limit: innerWidth)
    }
}
