/// What shows instead of a screen when the window is too small for it.
enum TooSmallNotice {
    static func draw(into canvas: inout Canvas, minimum: TerminalSize) {
        let size = canvas.size
        let lines = [
            "Make the window larger",
            "SecondCall needs \(minimum.columns)x\(minimum.rows);",
            "this one is \(size.columns)x\(size.rows).",
        ]
        let top = max(0, (size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (size.columns - DisplayWidth.of(line)) / 2)
            canvas.write(line, x: x, y: top + offset, style: offset == 0 ? .bold : .plain)
        }
        canvas.cursor = nil
    }
}
