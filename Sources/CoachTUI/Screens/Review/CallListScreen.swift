/// The stored calls, newest first: pick one to review.
public final class CallListScreen: Screen {
    public struct Entry: Sendable {
        public var id: Int64
        public var when: String
        public var who: String
        public var duration: String
        public var flags: Int
        public var isFinished: Bool

        public init(id: Int64, when: String, who: String, duration: String, flags: Int, isFinished: Bool) {
            self.id = id
            self.when = when
            self.who = who
            self.duration = duration
            self.flags = flags
            self.isFinished = isFinished
        }
    }

    private let entries: [Entry]
    private let open: (Int64) -> Reaction
    private var selected = 0
    private var top = 0

    public init(entries: [Entry], open: @escaping (Int64) -> Reaction) {
        self.entries = entries
        self.open = open
    }

    public func render(into canvas: inout Canvas) {
        let width = canvas.size.columns
        canvas.write("Review past calls", x: 2, y: 0, style: .bold)
        guard !entries.isEmpty else {
            canvas.write("No stored calls yet. Start one from the home screen, or 'secondcall sessions import FILE'.", x: 2, y: 2,
                         style: .dim, limit: width - 4)
            HintBar.draw([("Esc", "back")], into: &canvas, y: canvas.size.rows - 1)
            canvas.cursor = nil
            return
        }
        let height = canvas.size.rows - 4
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
        canvas.write("WHEN              DURATION  FLAGS  WITH", x: 2, y: 2, style: .dim, limit: width - 4)
        for (offset, entry) in entries.dropFirst(top).prefix(height).enumerated() {
            let index = top + offset
            let flags = String(entry.flags).padding(toLength: 5, withPad: " ", startingAt: 0)
            let line = "\(entry.when)  \(entry.duration.padding(toLength: 8, withPad: " ", startingAt: 0))  \(flags)  \(entry.who)"
                + (entry.isFinished ? "" : "  (unfinished)")
            canvas.write(line, x: 2, y: 3 + offset, style: index == selected ? .reverse : .plain, limit: width - 4)
        }
        HintBar.draw([("↑↓", "call"), ("Enter", "review"), ("Esc", "back")], into: &canvas, y: canvas.size.rows - 1)
        canvas.cursor = nil
    }

    public func handle(_ key: Key) -> Reaction {
        switch key {
        case .down, .character("j"): selected = min(max(0, entries.count - 1), selected + 1)
        case .up, .character("k"): selected = max(0, selected - 1)
        case .enter:
            guard entries.indices.contains(selected) else { return .none }
            return open(entries[selected].id)
        case .escape, .character("q"): return .pop
        default: return .none
        }
        return .redraw
    }
}
