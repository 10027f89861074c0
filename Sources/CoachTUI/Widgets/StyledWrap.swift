/// Text in runs of one style each, wrapped at spaces the way `TextWrap` wraps plain text, every word keeping
/// its run's style. Past the lines allowed, the last line ends with a marker (`…` and a hint) instead of
/// cutting a word.
enum StyledWrap {
    struct Run: Equatable {
        var text: String
        var style: Style
    }

    typealias Line = [Run]

    static func lines(_ runs: [Run], width: Int, maxLines: Int = .max, more: Run = Run(text: "…", style: .plain)) -> [Line] {
        guard width > 0, maxLines > 0 else { return [] }
        var words: [Run] = []
        for run in runs {
            for word in run.text.split(separator: " ") {
                words += TextWrap.lines(String(word), width: width).map { Run(text: $0, style: run.style) }
            }
        }
        var lines: [[Run]] = [[]]
        var used = 0
        for word in words {
            let wordWidth = DisplayWidth.of(word.text)
            if !lines[lines.count - 1].isEmpty, used + 1 + wordWidth > width {
                lines.append([])
                used = 0
            }
            used += (lines[lines.count - 1].isEmpty ? 0 : 1) + wordWidth
            lines[lines.count - 1].append(word)
        }
        guard lines.count > maxLines else { return lines.map(joined) }
        var last = Array(lines[maxLines - 1])
        let room = width - DisplayWidth.of(more.text) - 1
        while !last.isEmpty, DisplayWidth.of(last.map(\.text).joined(separator: " ")) > room { last.removeLast() }
        return lines.prefix(maxLines - 1).map(joined) + [joined(last + [more])]
    }

    /// Neighbouring words of one style as one run, with the spaces between words put back.
    private static func joined(_ words: [Run]) -> Line {
        var line: Line = []
        for (index, word) in words.enumerated() {
            let text = (index == 0 ? "" : " ") + word.text
            if let last = line.last, last.style == word.style {
                line[line.count - 1].text += text
            } else {
                if index > 0 { line.append(Run(text: " ", style: .plain)) }
                line.append(Run(text: word.text, style: word.style))
            }
        }
        return line
    }

    /// Draws a line from (x, y); returns the columns used.
    @discardableResult
    static func draw(_ line: Line, into canvas: inout Canvas, x: Int, y: Int) -> Int {
        var column = x
        for run in line { column += canvas.write(run.text, x: column, y: y, style: run.style) }
        return column - x
    }
}
