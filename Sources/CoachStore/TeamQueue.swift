import Foundation
import GRDB

/// A finished call waiting to go to the team database, or sent already. The queue lives beside the calls it
/// sends, so it survives a crash or a machine without network, and it is only ever written after a call
/// ends, never on the live screen's way.
public struct QueuedCall: Sendable, Equatable {
    public var session: Int64
    /// The call's id in the team database: the same on every send, so sending again replaces it.
    public var uuid: UUID
    public var shareNotes: Bool
    /// Bumped each time the call is queued again (a dismissal changed, notes shared), so a send that raced a
    /// change leaves the call queued.
    public var version: Int
    public var attempts: Int
}

/// The queue as `team status` tells it.
public struct TeamQueueStatus: Sendable, Equatable {
    public var waiting: Int
    public var sent: Int
    public var lastSentAt: Date?
    public var lastError: String?
    public var nextAttemptAt: Date?
}

enum TeamQueueTable {
    static func create(_ db: Database) throws {
        try db.create(table: "teamQueue") { table in
            table.primaryKey("sessionId", .integer).references("session", onDelete: .cascade)
            table.column("uuid", .text).notNull().unique()
            table.column("shareNotes", .boolean).notNull()
            table.column("waiting", .boolean).notNull()
            table.column("version", .integer).notNull().defaults(to: 1)
            table.column("attempts", .integer).notNull().defaults(to: 0)
            table.column("nextAttemptAt", .double).notNull().defaults(to: 0)
            table.column("lastError", .text)
            table.column("sentAt", .double)
        }
    }
}

extension CoachStore {
    /// Puts a finished call in the queue, or back in it. `shareNotes` nil keeps the call's earlier choice
    /// (notes not shared for a call queued the first time).
    @discardableResult
    public func queueForTeam(session: Int64, shareNotes: Bool?) throws -> UUID {
        try write { db in
            if let uuid = try String.fetchOne(db, sql: "SELECT uuid FROM teamQueue WHERE sessionId = ?", arguments: [session]) {
                try db.execute(sql: """
                    UPDATE teamQueue SET waiting = 1, version = version + 1, attempts = 0, nextAttemptAt = 0,
                        shareNotes = coalesce(?, shareNotes) WHERE sessionId = ?
                    """, arguments: [shareNotes, session])
                return UUID(uuidString: uuid)!
            }
            let uuid = UUID()
            try db.execute(sql: "INSERT INTO teamQueue (sessionId, uuid, shareNotes, waiting) VALUES (?, ?, ?, 1)",
                           arguments: [session, uuid.uuidString, shareNotes ?? false])
            return uuid
        }
    }

    /// Whether a call's notes go with it, as the rep chose; nil for a call never queued.
    public func sharesNotes(session: Int64) throws -> Bool? {
        try read { try Bool.fetchOne($0, sql: "SELECT shareNotes FROM teamQueue WHERE sessionId = ?", arguments: [session]) }
    }

    /// Calls waiting to be sent, oldest call first; with `due`, only those whose back-off has passed.
    public func teamQueue(due: Date? = nil) throws -> [QueuedCall] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT sessionId, uuid, shareNotes, version, attempts FROM teamQueue
                WHERE waiting = 1 AND nextAttemptAt <= ? ORDER BY sessionId
                """, arguments: [due?.timeIntervalSince1970 ?? .infinity]).map { row in
                QueuedCall(session: row[0], uuid: UUID(uuidString: row[1])!, shareNotes: row[2], version: row[3], attempts: row[4])
            }
        }
    }

    /// Finished live calls that were never queued (`team push` sends them too).
    public func callsNeverQueued() throws -> [Int64] {
        try read { db in
            try Int64.fetchAll(db, sql: """
                SELECT id FROM session WHERE kind = 'live' AND endedAt IS NOT NULL
                AND id NOT IN (SELECT sessionId FROM teamQueue) ORDER BY id
                """)
        }
    }

    /// The team database confirmed the call; it leaves the queue unless it was queued again meanwhile.
    public func markSent(_ call: QueuedCall, at date: Date) throws {
        try write { db in
            try db.execute(sql: """
                UPDATE teamQueue SET waiting = CASE WHEN version = ? THEN 0 ELSE waiting END, sentAt = ?, attempts = 0,
                    nextAttemptAt = 0, lastError = NULL WHERE sessionId = ?
                """, arguments: [call.version, date.timeIntervalSince1970, call.session])
        }
    }

    /// Sending failed: the call stays queued and is tried again after a back-off that doubles with each
    /// failure (30 s, 1 min, 2 min, ... up to an hour).
    public func markFailed(_ call: QueuedCall, reason: String, at date: Date) throws {
        let delay = min(3600, 30 * pow(2, Double(min(call.attempts, 12))))
        try write { db in
            try db.execute(sql: "UPDATE teamQueue SET attempts = attempts + 1, nextAttemptAt = ?, lastError = ? WHERE sessionId = ?",
                           arguments: [date.timeIntervalSince1970 + delay, reason, call.session])
        }
    }

    /// Leaving the team: calls waiting are not sent (they stay in the journal). The ids of calls the team
    /// holds are kept, so joining again replaces them rather than sending them twice, unless `forgetSent`
    /// (their copies were deleted from the team database). Returns how many calls were waiting.
    @discardableResult
    public func dropTeamQueue(forgetSent: Bool) throws -> Int {
        try write { db in
            let waiting = try Int.fetchOne(db, sql: "SELECT count(*) FROM teamQueue WHERE waiting = 1") ?? 0
            try db.execute(sql: forgetSent ? "DELETE FROM teamQueue" : "DELETE FROM teamQueue WHERE sentAt IS NULL")
            try db.execute(sql: "UPDATE teamQueue SET waiting = 0, attempts = 0, nextAttemptAt = 0, lastError = NULL")
            return waiting
        }
    }

    public func teamQueueStatus() throws -> TeamQueueStatus {
        try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT count(*) FILTER (WHERE waiting = 1), count(sentAt), max(sentAt),
                       (SELECT lastError FROM teamQueue WHERE waiting = 1 AND lastError IS NOT NULL ORDER BY nextAttemptAt DESC LIMIT 1),
                       min(CASE WHEN waiting = 1 AND nextAttemptAt > 0 THEN nextAttemptAt END)
                FROM teamQueue
                """)!
            return TeamQueueStatus(waiting: row[0], sent: row[1], lastSentAt: (row[2] as Double?).map(Date.init(timeIntervalSince1970:)),
                                   lastError: row[3], nextAttemptAt: (row[4] as Double?).map(Date.init(timeIntervalSince1970:)))
        }
    }
}
