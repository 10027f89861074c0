import Foundation
import Synchronization

private let pendingSignal = Atomic<Int32>(0)

/// Runs screens on the real terminal and puts the terminal back on every way out: a screen quitting,
/// SIGTERM, SIGHUP, SIGINT or SIGQUIT from outside (SIGQUIT would otherwise draw the runtime's crash report
/// over the call and leave the terminal raw), or a thrown error.
public enum TerminalSession {
    /// Runs until the app finishes. Returns the signal that ended it, if one did.
    @discardableResult
    public static func run(_ makeRoot: (any Terminal) throws -> any Screen) throws -> Int32? {
        let terminal = try CursesTerminal()
        defer { terminal.restore() }
        for signalNumber in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            signal(signalNumber) { received in pendingSignal.store(received, ordering: .relaxed) }
        }
        let app = App(terminal: terminal, root: try makeRoot(terminal))
        app.run { pendingSignal.load(ordering: .relaxed) != 0 }
        let received = pendingSignal.load(ordering: .relaxed)
        return received == 0 ? nil : received
    }
}
