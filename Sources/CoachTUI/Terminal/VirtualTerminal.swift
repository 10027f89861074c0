/// A terminal in memory, for tests: keys are queued in, and the last frame is read back as text.
public final class VirtualTerminal: Terminal {
    public var size: TerminalSize
    public var usesColor: Bool
    public private(set) var frame: Canvas
    public private(set) var framesPresented = 0
    public private(set) var restored = false
    private var pendingKeys: [Key] = []

    public init(columns: Int = 80, rows: Int = 24, usesColor: Bool = true) {
        size = TerminalSize(columns: columns, rows: rows)
        self.usesColor = usesColor
        frame = Canvas(size: size)
    }

    public func present(_ canvas: Canvas) {
        frame = canvas
        framesPresented += 1
    }

    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }

    public func restore() { restored = true }

    public func queue(_ keys: [Key]) { pendingKeys += keys }

    /// Queues the characters of `text` as key presses.
    public func type(_ text: String) { queue(text.map { Key.character($0) }) }

    /// Changes the size and queues the resize event a real terminal would send.
    public func resize(columns: Int, rows: Int) {
        size = TerminalSize(columns: columns, rows: rows)
        queue([.resize])
    }

    public var hasPendingKeys: Bool { !pendingKeys.isEmpty }

    /// What a person would read on the screen now.
    public var screenText: String { frame.text }
}
