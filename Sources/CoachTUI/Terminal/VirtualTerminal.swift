/// A terminal in memory, for tests: keys are queued in, and the last frame is read back as text.
public final class VirtualTerminal: Terminal {
    public var size: TerminalSize
    public var usesColor: Bool
    public private(set) var frame: Canvas
    private var pendingKeys: [Key] = []
    private var nextKeyIndex = 0

    public init(columns: Int = 80, rows: Int = 24, usesColor: Bool = true) {
        size = TerminalSize(columns: columns, rows: rows)
        self.usesColor = usesColor
        frame = Canvas(size: size)
    }

    public func present(_ canvas: Canvas) {
        frame = canvas
    }

    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        guard nextKeyIndex < pendingKeys.count else {
            pendingKeys.removeAll(keepingCapacity: true)
            nextKeyIndex = 0
            return nil
        }
        nextKeyIndex += 1
        return pendingKeys[nextKeyIndex - 1]
    }

    /// Nothing to put back: no real terminal was changed.
    public func restore() {}

    /// How many times the app asked to be suspended.
    public private(set) var suspensions = 0

    public func suspend() { suspensions += 1 }

    public func queue(_ keys: [Key]) { pendingKeys += keys }

    /// Queues the characters of `text` as key presses.
    public func type(_ text: String) { queue(text.map { Key.character($0) }) }

    /// Changes the size and queues the resize event a real terminal would send.
    public func resize(columns: Int, rows: Int) {
        size = TerminalSize(columns: columns, rows: rows)
        queue([.resize])
    }

    /// What a person would read on the screen now.
    public var screenText: String { frame.text }
}
