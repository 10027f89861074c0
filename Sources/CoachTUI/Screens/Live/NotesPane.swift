import CoachCore

/// The call so far: stamped, speaker-styled notes with their flags under them, newest at the bottom.
/// Only the notes that can show are wrapped, and each is wrapped once per width (kept in `WrapCache`), so
/// drawing costs the pane's size, not the call's length.
enum NotesPane {
    struct Line {
        var text: String
        var style: Style
    }

    /// Wrapped lines of notes already drawn, by note, valid while the width and the note's flags stay.
    final class WrapCache {
        private var width = 0
        private var entries: [Int: (flagCount: Int, lines: [Line])] = [:]

        func lines(for index: Int, in session: CallSession, width: Int) -> [Line] {
            if width != self.width {
                entries.removeAll()
                self.width = width
            }
            let flags = session.flagsByNote[index] ?? []
            if let entry = entries[index], entry.flagCount == flags.count { return entry.lines }
            let lines = NotesPane.lines(for: session.notes[index], flags: flags, width: width)
            entries[index] = (flags.count, lines)
            return lines
        }
    }

    static func draw(_ session: CallSession, cache: WrapCache, into canvas: inout Canvas, x: Int, y: Int, width: Int, height: Int,
                     scrollBack: Int) {
        guard width > 10, height > 0 else { return }
        var blocks: [[Line]] = []
        var count = 0
        var index = session.notes.count - 1
        while index >= 0, count < height + scrollBack {
            let block = cache.lines(for: index, in: session, width: width)
            blocks.append(block)
            count += block.count
            index -= 1
        }
        let lines = Array(blocks.reversed().joined())
        let end = max(0, lines.count - scrollBack)
        let start = max(0, end - height)
        for (row, line) in lines[start..<end].enumerated() {
            canvas.write(line.text, x: x, y: y + row, style: line.style, limit: width)
        }
        if session.notes.isEmpty {
            canvas.write("Type what is said; Tab when the floor passes.", x: x, y: y, style: .dim, limit: width)
        }
    }

    static func lines(for note: Note, flags: [Flag], width: Int) -> [Line] {
        let stamp = note.elapsed.map { "[\(NotesWriter.formatElapsed($0))] " } ?? ""
        let (label, style) = labelAndStyle(note)
        let prefix = stamp + label
        let indent = DisplayWidth.of(prefix)
        let wrapped = TextWrap.lines(note.text, width: max(8, width - indent))
        var result = wrapped.enumerated().map { offset, text in
            Line(text: (offset == 0 ? prefix : String(repeating: " ", count: indent)) + text, style: style)
        }
        for flag in flags {
            let mark = flag.target.isBarrier ? "⚑ \(flag.target.id): \(flag.message)" : "✓ \(flag.target.title)"
            let flagStyle = flag.target.isBarrier
                ? Style(color: flag.severity == .suggestion ? .yellow : .red, bold: flag.severity == .error)
                : Style(color: .green, dim: true)
            result += TextWrap.lines(mark, width: max(8, width - indent)).map {
                Line(text: String(repeating: " ", count: indent) + $0, style: flagStyle)
            }
        }
        return result
    }

    private static func labelAndStyle(_ note: Note) -> (String, Style) {
        switch note.body {
        case .said(.me, _): ("me   ", Style(color: .cyan, bold: true))
        case .said(.customer, _): ("them ", Style(color: .green))
        case .said(.observation, _): ("note ", Style(dim: true))
        case .stage: ("▸ stage ", Style(color: .magenta, bold: true))
        case .need: ("★ need ", Style(color: .yellow, bold: true))
        case .nextStep: ("→ next ", Style(color: .yellow, bold: true))
        case .mark: ("● mark ", Style(color: .blue))
        }
    }
}
