import CoachCore

/// The nudge on the coach line in full, over the call screen: what was seen, in which note, and what to do
/// instead, wrapped to the window.
final class NudgeOverlay: Screen {
    private let below: any Screen
    private let flag: Flag
    private let noteLine: String

    static let table = ReadingAction.table("The nudge", closedBy: [.escape, .enter, .function(6), .control("t"), .character("q")])

    var keyTable: any KeyTableListing { Self.table }

    /// `noteLine` is the note the flag is anchored to, as the call screen shows it.
    init(over below: any Screen, flag: Flag, noteLine: String) {
        self.below = below
        self.flag = flag
        self.noteLine = noteLine
    }

    func render(into canvas: inout Canvas) {
        below.render(into: &canvas)
        let width = min(76, canvas.size.columns - 2)
        let textWidth = width - 4
        var lines = TextWrap.lines("⚑ \(flag.message) (\(flag.target.title))", width: textWidth).map { ($0, Style(color: .red, bold: true)) }
        lines.append(("", .plain))
        lines += TextWrap.lines("Seen in: \(noteLine)", width: textWidth).map { ($0, Style.dim) }
        lines.append(("", .plain))
        lines += TextWrap.lines("Instead: \(flag.tip)", width: textWidth).map { ($0, Style.plain) }
        lines += [("", .plain), (HintBar.line(Self.table.hints), .dim)]
        let box = Box.centred(in: canvas.size, width: width, height: lines.count + 2)
        box.draw(into: &canvas, title: "The nudge", style: .bold, clearingRows: true)
        for (row, line) in lines.enumerated() { box.write(line.0, row: row, into: &canvas, style: line.1) }
        canvas.cursor = nil
    }

    func handle(_ key: Key) -> Reaction { ReadingAction.reaction(to: key, on: self, table: Self.table) }

    func tick() -> Reaction { below.tick() }
}
