import Synchronization

/// A network step that outlived its deadline; `problem` is what the user reads.
struct DeadlinePassed: Error {
    var problem: TeamError
}

/// Waits for `work` at most `limit`: whichever ends first, the work or the deadline, decides. The work is not
/// awaited past the deadline because it may never end: postgres-nio drops a statement written just after the
/// server closed the connection, and whoever awaits its answer waits forever. Past the deadline this throws
/// `DeadlinePassed` with `problem()`, worked out then, and cancels the work: a connection still being opened is
/// closed by postgres-nio; for a statement, the caller closes the connection, which ends work waiting on a
/// silent server.
func withDeadline<T: Sendable>(_ limit: Duration, problem: @escaping @Sendable () -> TeamError,
                               _ work: @escaping @Sendable () async throws -> T) async throws -> T {
    let steps = StepsInFlight.current
    let step = steps?.begin(endingBy: .now + limit, problem: problem)
    defer { if let step { steps?.end(step) } }
    let race = FirstOutcome<T>()
    let worker = Task {
        do { race.settle(.success(try await work())) } catch { race.settle(.failure(error)) }
    }
    let timer = Task {
        guard (try? await Task.sleep(for: limit)) != nil else { return }
        race.settle(.failure(DeadlinePassed(problem: problem())))
    }
    defer {
        timer.cancel()
        worker.cancel()
    }
    return try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation { race.wait($0) }
    } onCancel: {
        worker.cancel()
        race.settle(.failure(CancellationError()))
    }
}

/// The first outcome settled is the one the waiter gets, exactly once, whichever comes first: the waiter or the outcome.
private final class FirstOutcome<T: Sendable>: Sendable {
    private enum State {
        case open
        case waiting(CheckedContinuation<T, any Error>)
        case settled(Result<T, any Error>)
        case delivered
    }

    private let state = Mutex(State.open)

    func wait(_ continuation: CheckedContinuation<T, any Error>) {
        let ready: Result<T, any Error>? = state.withLock { state in
            guard case .settled(let outcome) = state else {
                state = .waiting(continuation)
                return nil
            }
            state = .delivered
            return outcome
        }
        if let ready { continuation.resume(with: ready) }
    }

    func settle(_ outcome: Result<T, any Error>) {
        let waiter: CheckedContinuation<T, any Error>? = state.withLock { state in
            switch state {
            case .open:
                state = .settled(outcome)
                return nil
            case .waiting(let continuation):
                state = .delivered
                return continuation
            case .settled, .delivered:
                return nil
            }
        }
        waiter?.resume(with: outcome)
    }
}

/// The network steps under way inside one `blocking` call, each with the time its own deadline should have ended
/// it by. Should one still be under way well after that, `blocking` gives up on the work as a last resort.
final class StepsInFlight: Sendable {
    @TaskLocal static var current: StepsInFlight?

    private struct Step {
        var endsBy: ContinuousClock.Instant
        var problem: @Sendable () -> TeamError
    }

    private let steps = Mutex<(next: Int, underWay: [Int: Step])>((0, [:]))

    func begin(endingBy end: ContinuousClock.Instant, problem: @escaping @Sendable () -> TeamError) -> Int {
        steps.withLock { steps in
            steps.next += 1
            steps.underWay[steps.next] = Step(endsBy: end, problem: problem)
            return steps.next
        }
    }

    func end(_ step: Int) {
        _ = steps.withLock { $0.underWay.removeValue(forKey: step) }
    }

    /// What went wrong with a step still under way `grace` after it should have ended, if any.
    func overdue(grace: Duration) -> TeamError? {
        let now = ContinuousClock.now
        let late = steps.withLock { steps in steps.underWay.values.first { $0.endsBy + grace < now } }
        return late?.problem()
    }
}
