/// Rows and columns of a terminal.
public struct TerminalSize: Equatable, Sendable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }
}

/// Everything a screen needs from a terminal. All calls happen on one thread.
public protocol Terminal: AnyObject {
    var size: TerminalSize { get }
    /// Whether colours may be used (a colour terminal, and `NO_COLOR` not set).
    var usesColor: Bool { get }
    /// Shows the canvas; implementations write only the cells that changed since the last frame.
    func present(_ canvas: Canvas)
    /// The next key, or nil when `timeoutMilliseconds` pass with none.
    func nextKey(timeoutMilliseconds: Int) -> Key?
    /// Puts the terminal back the way it was found. Safe to call more than once.
    func restore()
    /// Hands the terminal back to the shell and stops the process (Ctrl-Z); returns once `fg` resumes it,
    /// after which the next `present` draws the whole screen again.
    func suspend()
}
