import CoachCore

/// The layout the call screens share, live and practice: two header rows; the notes beside a side pane
/// (the checklist, or the needs found); the coach line, on up to three rows; the input line; the hint
/// bar. Built from the window's size and what the coach line says, for drawing and for scrolling alike.
struct CallScreenLayout {
    static let paneTop = 2

    let size: TerminalSize
    let coach: [StyledWrap.Line]

    init(size: TerminalSize, coach runs: [StyledWrap.Run]?) {
        self.size = size
        coach = CoachLine.layout(runs, width: size.columns, maxRows: CoachLine.maxRows(screenRows: size.rows))
    }

    var paneHeight: Int { size.rows - Self.paneTop - 2 - coach.count }
    var sideWidth: Int { size.columns >= 110 ? 34 : 26 }
    var notesWidth: Int { size.columns - sideWidth - 1 }
    var inputRow: Int { size.rows - 2 }

    /// Draws the notes, the coach line and the hint bar; `side` draws the pane beside the notes, given its
    /// x, y, width and height. The header and the input line are the screen's own.
    func draw(_ session: CallSession, cache: NotesPane.WrapCache, position: NotesPane.Position, hints: [(keys: String, label: String)],
              into canvas: inout Canvas, side: (inout Canvas, _ x: Int, _ y: Int, _ width: Int, _ height: Int) -> Void) {
        NotesPane.draw(session, cache: cache, into: &canvas, x: 0, y: Self.paneTop, width: notesWidth, height: paneHeight, position: position)
        side(&canvas, notesWidth + 1, Self.paneTop, sideWidth, paneHeight)
        CoachLine.draw(coach, into: &canvas, y: inputRow - coach.count)
        HintBar.draw(hints, into: &canvas, y: size.rows - 1)
    }

    /// The notes scrolled back a page (`pages` 1) or forward (-1), measured in this layout.
    func scrolled(_ scrollBack: Int, pages: Int, _ session: CallSession, cache: NotesPane.WrapCache) -> Int {
        NotesPane.scrolled(scrollBack, by: pages * max(1, paneHeight - 1), session, cache: cache, width: notesWidth, height: paneHeight)
    }
}
