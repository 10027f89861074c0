import CoachCore
import GRDB

/// The database's shape, built up by migrations; users never see a version number.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "session") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("kind", .text).notNull()
                table.column("account", .text).notNull().defaults(to: "")
                table.column("contact", .text).notNull().defaults(to: "")
                table.column("scenario", .text)
                table.column("plan", .text)
                table.column("startedAt", .double).notNull()
                table.column("endedAt", .double)
                table.column("elapsed", .integer).notNull().defaults(to: 0)
                table.column("stage", .text).notNull().defaults(to: "relationship")
                // Kept with each write so the call list needs no counting.
                table.column("noteCount", .integer).notNull().defaults(to: 0)
                table.column("flagCount", .integer).notNull().defaults(to: 0)
            }
            try db.create(table: "note") { table in
                table.autoIncrementedPrimaryKey("id")
                table.belongsTo("session", onDelete: .cascade).notNull()
                table.column("position", .integer).notNull()
                table.column("elapsed", .integer)
                table.column("kind", .text).notNull()
                table.column("speaker", .text)
                table.column("text", .text).notNull()
                table.column("stage", .text).notNull()
                table.uniqueKey(["sessionId", "position"])
            }
            try db.create(table: "floorChange") { table in
                table.autoIncrementedPrimaryKey("id")
                table.belongsTo("session", onDelete: .cascade).notNull()
                table.column("elapsed", .integer).notNull()
                table.column("holder", .text).notNull()
            }
            try db.create(table: "checklistTick") { table in
                table.belongsTo("session", onDelete: .cascade).notNull()
                table.column("item", .text).notNull()
                table.column("ticked", .boolean).notNull()
                table.primaryKey(["sessionId", "item"])
            }
            try db.create(table: "flag") { table in
                table.autoIncrementedPrimaryKey("id")
                table.belongsTo("session", onDelete: .cascade).notNull()
                table.column("notePosition", .integer).notNull()
                table.column("rule", .text).notNull()
                table.column("target", .text).notNull()
                table.column("severity", .text).notNull()
                table.column("message", .text).notNull()
                table.column("tip", .text).notNull()
                table.column("evidence", .text).notNull()
                table.column("dismissed", .boolean).notNull().defaults(to: false)
                table.uniqueKey(["sessionId", "notePosition", "target"])
            }
            try db.create(index: "session_startedAt", on: "session", columns: ["startedAt"])
        }
        // Corrections to saved notes, kept as a record beside the notes they changed.
        migrator.registerMigration("noteEdits") { db in
            try db.create(table: "noteEdit") { table in
                table.autoIncrementedPrimaryKey("id")
                table.belongsTo("session", onDelete: .cascade).notNull()
                table.column("action", .text).notNull()
                table.column("position", .integer).notNull()
                // The note before and after, each as a line of the notes format; null where there is none.
                table.column("before", .text)
                table.column("after", .text)
                table.column("elapsed", .integer).notNull()
                table.column("at", .double).notNull()
            }
        }
        // How sure each flag is: the live coach nudges on strong evidence only; the review marks the weak.
        migrator.registerMigration("evidenceStrength") { db in
            try db.alter(table: "flag") { table in
                table.add(column: "evidenceStrength", .text).notNull().defaults(to: EvidenceStrength.strong.rawValue)
            }
        }
        migrator.registerMigration("teamQueue", migrate: TeamQueueTable.create)
        return migrator
    }
}
