import Foundation
import PostgresNIO

extension TeamConnection {
    /// Runs one statement written by SecondCall itself (an admin's setup, a benchmark's clean-up).
    public func execute(_ sql: String) async throws(TeamError) {
        try await run(PostgresQuery(unsafeSQL: sql))
    }

    /// Every call id stored, and the most times any one was received: what a load test checks arrived once.
    public func storedCallIDs() async throws(TeamError) -> (ids: [UUID], maxSends: Int) {
        let rows = try await run("SELECT id, sends FROM secondcall.call")
        var ids: [UUID] = []
        var maxSends = 0
        for row in rows {
            ids.append(try decode(row, 0))
            maxSends = max(maxSends, try decode(row, 1, as: Int.self))
        }
        return (ids, maxSends)
    }
}
