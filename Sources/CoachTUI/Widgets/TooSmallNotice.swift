/// What shows instead of a screen when the window is too small for it, wrapped to whatever room there is.
enum TooSmallNotice {
    static func draw(into canvas: inout Canvas, minimum: TerminalSize) {
        let size = canvas.size
        let heading = TextWrap.lines("Make the window larger", width: size.columns)
        let detail = TextWrap.lines("SecondCall needs \(minimum.columns)x\(minimum.rows); this one is \(size.columns)x\(size.rows).",
                                    width: size.columns)
        let lines = heading.map { ($0, Style.bold) } + detail.map { ($0, Style.plain) }
        let top = max(0, (size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (size.columns - DisplayWidth.of(line.0)) / 2)
            canvas.write(line.0, x: x, y: top + offset, style: line.1)
        }
        canvas.cursor = nil
    }
}
