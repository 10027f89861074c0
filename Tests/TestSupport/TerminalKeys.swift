import CoachTUI

extension VirtualTerminal {
    /// Types a line and presses Enter, as a rep would, and lets the app take the keys.
    public func say(_ line: String, to app: App) {
        type(line)
        queue([.enter])
        app.drainKeys()
    }

    /// Presses keys and lets the app take them.
    public func press(_ keys: [Key], to app: App) {
        queue(keys)
        app.drainKeys()
    }
}
