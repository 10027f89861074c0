/// What a key handler asks of the app after updating its screen's state. Nothing draws from a handler.
public enum Reaction {
    case none
    case redraw
    case push(any Screen)
    case pop
    case replace(any Screen)
    /// Closes the top screen (an overlay) and replaces the one under it.
    case closeAndReplace(any Screen)
    /// Closes the top screen (an overlay) and leaves the one under it too.
    case closeAndPop
    case quit
}

/// A full-screen view: a pure function of its state to cells, and handlers of keys, ticks and the window's
/// size that update that state. Drawing changes nothing.
public protocol Screen: AnyObject {
    /// The keys the screen answers now: its own table, or its mode's. The hint bar and the help show it.
    var keyTable: any KeyTableListing { get }
    func render(into canvas: inout Canvas)
    func handle(_ key: Key) -> Reaction
    /// Called about four times a second when no key came, for clocks; returns `.redraw` when time shows.
    func tick() -> Reaction
    /// The window's size, given before the screen first shows and whenever it changes, so a screen that
    /// scrolls can keep what is selected in view as keys move it.
    func resize(to size: TerminalSize)
    /// Below this size the app shows a "make the window larger" message instead of the screen.
    var minimumSize: TerminalSize { get }
}

extension Screen {
    public func tick() -> Reaction { .none }
    public func resize(to size: TerminalSize) {}
    public var minimumSize: TerminalSize { TerminalSize(columns: 40, rows: 10) }
}
