/// Runs a stack of screens on a terminal: reads a key, lets the top screen react, redraws when asked.
public final class App {
    public let terminal: any Terminal
    private var screens: [any Screen]
    private var needsRedraw = true
    public private(set) var isFinished = false

    public init(terminal: any Terminal, root: any Screen) {
        self.terminal = terminal
        screens = [root]
        root.resize(to: terminal.size)
    }

    public var topScreen: any Screen { screens[screens.count - 1] }

    /// Handles one key, or a tick when `key` is nil, then redraws if anything changed.
    public func step(_ key: Key?) {
        handle(key)
        redrawIfNeeded()
    }

    /// Feeds keys until the terminal has none ready (a virtual terminal's queue), then redraws once.
    public func drainKeys() {
        handleWaitingKeys(limit: .max)
        redrawIfNeeded()
    }

    /// The interactive loop: waits for keys, ticks four times a second, stops when a screen quits or
    /// `shouldStop` says so (a signal arrived). Keys that are already waiting (a paste) are handled
    /// before the screen is drawn again, so a long paste costs one frame per batch, not one per key.
    public func run(shouldStop: () -> Bool) {
        draw()
        while !isFinished, !shouldStop() {
            handle(terminal.nextKey(timeoutMilliseconds: 250))
            handleWaitingKeys(limit: 4096)
            redrawIfNeeded()
        }
    }

    private func handle(_ key: Key?) {
        guard !isFinished else { return }
        if key == .control("z") {
            terminal.suspend()
            needsRedraw = true
            return
        }
        if key == .resize {
            topScreen.resize(to: terminal.size)
            needsRedraw = true
            return
        }
        apply(key.map(topScreen.handle) ?? topScreen.tick())
    }

    private func handleWaitingKeys(limit: Int) {
        var handled = 0
        while handled < limit, !isFinished, let key = terminal.nextKey(timeoutMilliseconds: 0) {
            handle(key)
            handled += 1
        }
    }

    private func redrawIfNeeded() {
        if needsRedraw, !isFinished { draw() }
    }

    public func draw() {
        var canvas = Canvas(size: terminal.size)
        let minimum = topScreen.minimumSize
        if canvas.size.columns < minimum.columns || canvas.size.rows < minimum.rows {
            TooSmallNotice.draw(into: &canvas, minimum: minimum)
        } else {
            topScreen.render(into: &canvas)
        }
        terminal.present(canvas)
        needsRedraw = false
    }

    private func apply(_ reaction: Reaction) {
        let top = ObjectIdentifier(topScreen)
        defer { if ObjectIdentifier(topScreen) != top { topScreen.resize(to: terminal.size) } }
        switch reaction {
        case .none: return
        case .redraw: break
        case .push(let screen): screens.append(screen)
        case .replace(let screen): screens[screens.count - 1] = screen
        case .closeAndReplace(let screen):
            if screens.count > 1 { screens.removeLast() }
            screens[screens.count - 1] = screen
        case .pop:
            if screens.count == 1 { isFinished = true } else { screens.removeLast() }
        case .closeAndPop:
            if screens.count > 2 { screens.removeLast(2) } else { isFinished = true }
        case .quit: isFinished = true
        }
        needsRedraw = true
    }
}
