import CoachCore

/// The whole call, note by note with its flags, opened at one note.
public final class CallNotesScreen: Screen {
    private let review: CallReview
    private let flagsByNote: [Int: [Flag]]
    private var focus: Int
    private var top = 0
    private var size = TerminalSize(columns: 80, rows: 24)
    /// The call wrapped at the window's width, taken again only when the width changes.
    private var wrapped: (width: Int, blocks: [[(String, Style)]])?

    enum Action: Sendable { case next, previous, pageDown, pageUp, back, help }

    static let table = KeyTable<Action>(title: "The call", [
        KeyBinding([.down, .character("j")], .next, label: "next note", help: "the next note"),
        KeyBinding([.up, .character("k")], .previous, label: "note before", help: "the note before"),
        KeyBinding([.pageDown], .pageDown, label: "", help: "ten notes on", inHintBar: false),
        KeyBinding([.pageUp], .pageUp, label: "", help: "ten notes back", inHintBar: false),
        KeyBinding([.escape, .character("q")], .back, label: "back", help: "back to the review"),
        .help(.help),
    ])

    public var keyTable: any KeyTableListing { Self.table }

    public init(review: CallReview, focus: Int) {
        self.review = review
        flagsByNote = Dictionary(grouping: review.flags, by: \.noteIndex)
        self.focus = min(max(0, focus), max(0, review.notes.count - 1))
    }

    public func render(into canvas: inout Canvas) {
        let width = canvas.size.columns
        canvas.write("The call  \(review.whoText)  note \(focus + 1) of \(review.notes.count)", x: 0, y: 0, style: .bold, limit: width)
        let height = canvas.size.rows - 3
        let blocks = wrapped.flatMap { $0.width == width ? $0.blocks : nil } ?? self.blocks(width: width)
        let top = Self.top(top, showing: focus, of: blocks, height: height)
        let lines = blocks.enumerated().flatMap { index, lines in lines.map { (index, $0) } }
        for (offset, (index, line)) in lines.dropFirst(top).prefix(height).enumerated() {
            let style = index == focus ? Style(bold: true, reverse: line.1 == .plain) : line.1
            canvas.write(line.0, x: 1, y: 2 + offset, style: style, limit: width - 2)
        }
        HintBar.draw(Self.table.hints, into: &canvas, y: canvas.size.rows - 1)
        canvas.cursor = nil
    }

    private func blocks(width: Int) -> [[(String, Style)]] {
        review.notes.indices.map { block(for: $0, width: width - 2) }
    }

    /// Scrolled so the focused note's first line shows, a few lines down from the top where possible.
    private static func top(_ top: Int, showing focus: Int, of blocks: [[(String, Style)]], height: Int) -> Int {
        let start = blocks.prefix(focus).reduce(0) { $0 + $1.count }
        return start < top || start >= top + height ? max(0, start - 3) : top
    }

    private func scroll() {
        top = Self.top(top, showing: focus, of: wrapped?.blocks ?? blocks(width: size.columns), height: size.rows - 3)
    }

    public func resize(to size: TerminalSize) {
        self.size = size
        if wrapped?.width != size.columns { wrapped = (size.columns, blocks(width: size.columns)) }
        scroll()
    }

    private func block(for index: Int, width: Int) -> [(String, Style)] {
        var lines = TextWrap.lines(review.moment(ofNote: index) + " " + review.line(ofNote: index), width: width).map { ($0, Style.plain) }
        for flag in flagsByNote[index] ?? [] {
            let text = flag.target.isBarrier ? "  ⚑ \(flag.target.id): \(flag.message)" + (flag.dismissed ? " (dismissed)" : "")
                                             : "  ✔ \(flag.target.title)"
            lines.append((text, flag.target.isBarrier ? Style(color: .red) : Style(color: .green)))
        }
        return lines
    }

    public func handle(_ key: Key) -> Reaction {
        switch Self.table.action(for: key) {
        case .next: focus = min(review.notes.count - 1, focus + 1)
        case .previous: focus = max(0, focus - 1)
        case .pageDown: focus = min(review.notes.count - 1, focus + 10)
        case .pageUp: focus = max(0, focus - 10)
        case .back: return .pop
        case .help: return .push(HelpOverlay(over: self))
        case nil: return .none
        }
        scroll()
        return .redraw
    }
}
