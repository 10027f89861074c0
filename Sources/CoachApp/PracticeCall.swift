import CoachCore
import CoachTUI

/// A practice call's logic, for the screen that shows it: each turn is saved before it shows, and the
/// practice is kept when it ends, as a live call is.
public final class PracticeCall: PracticeModel {
    public let run: PracticeRun
    private let journal: (any CallJournal)?
    private let clock: () -> Double
    private let startedAt: Double

    public init(run: PracticeRun, journal: (any CallJournal)?, now: @escaping () -> Double) {
        self.run = run
        self.journal = journal
        clock = now
        startedAt = now()
    }

    public func elapsed() -> Int { Int(max(0, clock() - startedAt)) }

    public func say(_ text: String, at elapsed: Int) -> CallOutcome {
        do {
            guard try run.say(text, elapsed: elapsed, saving: { try journal?.save($0) }) != nil else { return .nothing }
        } catch {
            return .failed("Not saved: \(error). Your line is still below; Enter tries again.")
        }
        return .done
    }

    public func end(at elapsed: Int) -> CallOutcome {
        run.stop()
        do {
            try journal?.end(elapsed: elapsed)
        } catch {
            return .failed("Could not end the practice: \(error)")
        }
        return .done
    }
}
