import CoachCore

/// The call so far: stamped, speaker-styled notes with their flags under them, newest at the bottom.
/// Only the notes that can show are wrapped, and each is wrapped once per width (kept in `WrapCache`), so
/// drawing costs the pane's size, not the call's length.
enum NotesPane {
    struct Line {
        var text: String
        var style: Style
        /// The line is the note's own text, not a flag under it.
        var isNote: Bool
    }

    /// Wrapped lines of notes already drawn, by note, valid while the width and the note's flags stay. A
    /// memo only: what is drawn is the same with it or without it.
    final class WrapCache {
        private var width = 0
        private var entries: [Int: (note: Note, flags: [Flag], lines: [Line])] = [:]

        func lines(for index: Int, in session: CallSession, width: Int) -> [Line] {
            if width != self.width {
                entries.removeAll()
                self.width = width
            }
            let note = session.notes[index]
            let flags = session.flagsByNote[index] ?? []
            if let entry = entries[index], entry.note == note, entry.flags == flags { return entry.lines }
            let lines = NotesPane.lines(for: note, flags: flags, width: width)
            entries[index] = (note, flags, lines)
            return lines
        }
    }

    /// How far back the notes are scrolled, in lines from the newest; or the note chosen to fix, kept in view.
    enum Position: Equatable {
        case back(Int)
        case note(Int)
    }

    static func draw(_ session: CallSession, cache: WrapCache, into canvas: inout Canvas, x: Int, y: Int, width: Int, height: Int,
                     position: Position) {
        guard width > 10, height > 0 else { return }
        if session.notes.isEmpty {
            canvas.write("Type what is said; Tab when the floor passes.", x: x, y: y, style: .dim, limit: width)
            return
        }
        let (scrollBack, selected) = switch position {
        case .back(let lines): (lines, nil as Int?)
        case .note(let index): (scrollBack(showing: index, session, cache: cache, width: width, height: height), index)
        }
        var blocks: [(index: Int, lines: [Line])] = []
        var count = 0
        var index = session.notes.count - 1
        while index >= 0, count < height + scrollBack {
            let block = cache.lines(for: index, in: session, width: width)
            blocks.append((index, block))
            count += block.count
            index -= 1
        }
        let lines = blocks.reversed().flatMap { block in block.lines.map { (block.index, $0) } }
        let end = max(0, lines.count - scrollBack)
        let start = max(0, end - height)
        for (row, (index, line)) in lines[start..<end].enumerated() {
            var style = line.style
            if index == selected, line.isNote { style.reverse = true }
            canvas.write(line.text, x: x, y: y + row, style: style, limit: width)
        }
    }

    /// The lines the notes are scrolled back after moving by `delta` lines: never past the first note's
    /// first line, never below the newest note, in a pane `width` by `height`.
    static func scrolled(_ scrollBack: Int, by delta: Int, _ session: CallSession, cache: WrapCache, width: Int, height: Int) -> Int {
        let wanted = max(0, scrollBack + delta)
        let total = lineCount(session, cache: cache, width: width, atMost: wanted + height)
        return min(wanted, max(0, total - height))
    }

    /// Lines of the notes, counted from the newest, stopping once `limit` is reached.
    private static func lineCount(_ session: CallSession, cache: WrapCache, width: Int, atMost limit: Int) -> Int {
        var count = 0
        var index = session.notes.count - 1
        while index >= 0, count < limit {
            count += cache.lines(for: index, in: session, width: width).count
            index -= 1
        }
        return count
    }

    /// Scrolled just enough for the chosen note to show whole, with as many later notes as fit below it.
    private static func scrollBack(showing index: Int, _ session: CallSession, cache: WrapCache, width: Int, height: Int) -> Int {
        let chosen = cache.lines(for: index, in: session, width: width).count
        var below = 0
        for later in (index + 1)..<session.notes.count { below += cache.lines(for: later, in: session, width: width).count }
        return max(0, below - max(0, height - chosen))
    }

    static func lines(for note: Note, flags: [Flag], width: Int) -> [Line] {
        let stamp = note.elapsed.map { "[\(NotesWriter.formatElapsed($0))] " } ?? ""
        let (label, style) = labelAndStyle(note)
        let prefix = stamp + label
        let indent = DisplayWidth.of(prefix)
        let wrapped = TextWrap.lines(note.text, width: max(8, width - indent))
        var result = wrapped.enumerated().map { offset, text in
            Line(text: (offset == 0 ? prefix : String(repeating: " ", count: indent)) + text, style: style, isNote: true)
        }
        for flag in flags {
            let mark = flag.target.isBarrier ? "⚑ \(flag.target.id): \(flag.message)" : "✓ \(flag.target.title)"
            let flagStyle = flag.target.isBarrier
                ? Style(color: flag.severity == .suggestion ? .yellow : .red, bold: flag.severity == .error)
                : Style(color: .green, dim: true)
            result += TextWrap.lines(mark, width: max(8, width - indent)).map {
                Line(text: String(repeating: " ", count: indent) + $0, style: flagStyle, isNote: false)
            }
        }
        return result
    }

    /// A note as one line, `[01:20] me: ...`: for the nudge overlay and the fix prompt.
    static func oneLine(_ note: Note) -> String {
        let stamp = note.elapsed.map { "[\(NotesWriter.formatElapsed($0))] " } ?? ""
        return stamp + (note.speaker.map { "\($0.label): \(note.text)" } ?? TypedLine.editable(note))
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
