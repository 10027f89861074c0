import Foundation

/// Runs async work from synchronous code (the commands, the background sender's thread, the benchmark): the team
/// database is reached through async postgres-nio, the rest of SecondCall is synchronous. Each network step has a
/// deadline of its own (`withDeadline`); as a last resort, should a step still be under way well past it (the
/// threads that run timers starved, or a step that never ends), the work is cancelled and left behind, and the
/// step's problem is thrown, so the caller always gets its thread back.
public func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = BlockingOutcome<T>()
    let steps = StepsInFlight()
    let done = DispatchSemaphore(value: 0)
    let work = Task {
        await StepsInFlight.$current.withValue(steps) {
            do { outcome.result = .success(try await body()) } catch { outcome.result = .failure(error) }
        }
        done.signal()
    }
    while done.wait(timeout: .now() + .seconds(1)) == .timedOut {
        if let problem = steps.overdue(grace: .seconds(5)) {
            work.cancel()
            throw problem
        }
    }
    return try outcome.result!.get()
}

/// Written once by the task, read once after the semaphore says it was (never, when the work was left behind).
private final class BlockingOutcome<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}

extension TeamConnection {
    /// Opens a connection, runs `body` and closes it, all from synchronous code.
    public static func withConnection<T: Sendable>(_ address: TeamAddress,
                                            _ body: @escaping @Sendable (TeamConnection) async throws(TeamError) -> T) throws(TeamError) -> T {
        do {
            return try blocking { () async throws -> T in
                let connection = try await TeamConnection.open(address)
                do {
                    let value = try await body(connection)
                    await connection.close()
                    return value
                } catch {
                    await connection.close()
                    throw error
                }
            }
        } catch let error as TeamError {
            throw error
        } catch {
            throw TeamError.server(message: "\(error)")
        }
    }
}
