import CoachCore
import CoachStore
import Foundation

/// What every call started here needs, live or practice: the journal it is kept in, the call lock, the
/// rules and checklist its notes are read with, and its clock.
public struct CallSetup {
    let store: CoachStore
    /// The lock that keeps a second SecondCall from running a call on the same data (taken, or already held).
    let takeLock: () throws -> CallLock
    let pack: RulePack
    let checklist: Checklist
    /// The call's clock; a test moves its own.
    let now: () -> Double

    public init(store: CoachStore, takeLock: @escaping () throws -> CallLock, pack: RulePack, checklist: Checklist,
                now: @escaping () -> Double = CallSetup.monotonicNow) {
        self.store = store
        self.takeLock = takeLock
        self.pack = pack
        self.checklist = checklist
        self.now = now
    }

    /// Seconds since the machine started: a call's clock that a change of the wall clock cannot move.
    public static func monotonicNow() -> Double { ProcessInfo.processInfo.systemUptime }
}
