import PostgresNIO

/// What an admin does once for a team: create its tables, policies and group roles (`team init`), and give
/// people their logins (`team add`).
public enum TeamSetup {
    public enum Role: String, Sendable, CaseIterable { case rep, manager }

    /// Brings the team database up to this version's shape. Returns the migrations it applied (none when
    /// already up to date); a database set up by a newer SecondCall is left alone.
    public static func initialise(_ connection: TeamConnection, team: String? = nil) async throws(TeamError) -> [Int] {
        try await connection.transaction { () async throws(TeamError) -> [Int] in
            try await connection.run("SELECT pg_advisory_xact_lock(5172023)")
            try await denied("set up the team database (it needs the database's owner or a superuser)", connection) {
                () async throws(TeamError) in
                try await connection.run("CREATE SCHEMA IF NOT EXISTS secondcall")
                try await connection.run("""
                    CREATE TABLE IF NOT EXISTS secondcall.migration (
                        version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                    """)
            }
            let applied = try await connection.run("SELECT version FROM secondcall.migration").map { row throws(TeamError) in
                try connection.decode(row, 0, as: Int.self)
            }
            if let newest = applied.max(), newest > TeamSchema.latestVersion {
                throw TeamError.newerSchema(address: connection.address.description, version: newest)
            }
            var roles = TeamRoles(team: try teamName(team ?? connection.address.database))
            if let existing = try await existingRoles(connection) { roles = existing }
            var done: [Int] = []
            try await denied("create the team's roles (it needs a login with CREATEROLE)", connection) { () async throws(TeamError) in
                for role in [roles.repRole, roles.managerRole] {
                    try await connection.run(PostgresQuery(unsafeSQL: """
                        DO $$ BEGIN
                          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = \(role.quotedLiteral)) THEN
                            CREATE ROLE \(role.quotedIdentifier) NOLOGIN;
                          END IF;
                        END $$
                        """))
                }
                try await connection.run(PostgresQuery(unsafeSQL: "GRANT \(roles.repRole.quotedIdentifier) TO \(roles.managerRole.quotedIdentifier)"))
                for migration in TeamSchema.migrations(roles: roles) where !applied.contains(migration.version) {
                    for statement in migration.statements { try await connection.run(PostgresQuery(unsafeSQL: statement)) }
                    try await connection.run("INSERT INTO secondcall.migration (version) VALUES (\(migration.version))")
                    done.append(migration.version)
                }
            }
            return done
        }
    }

    /// Creates a login for a rep or a manager (or sets the password of one that exists) and puts it in the
    /// team's group role.
    public static func addMember(_ connection: TeamConnection, login: String, password: String, role: Role) async throws(TeamError) {
        guard login.range(of: "^[a-z_][a-z0-9_.-]{0,62}$", options: .regularExpression) != nil else {
            throw TeamError.server(message: "'\(login)' cannot be a login name: use lower-case letters, digits, '_', '.' or '-'")
        }
        guard let roles = try await existingRoles(connection) else { throw TeamError.notSetUp(address: connection.address.description) }
        let groups = role == .manager ? [roles.repRole, roles.managerRole] : [roles.repRole]
        guard ![roles.repRole, roles.managerRole].contains(login) else {
            throw TeamError.server(message: "'\(login)' is the name of one of the team's group roles; choose another login name")
        }
        try await denied("create logins (it needs a login with CREATEROLE)", connection) { () async throws(TeamError) in
            try await connection.transaction { () async throws(TeamError) in
                let exists = try await !connection.run("SELECT 1 FROM pg_roles WHERE rolname = \(login)").isEmpty
                let verb = exists ? "ALTER ROLE" : "CREATE ROLE"
                try await connection.run(PostgresQuery(unsafeSQL: "\(verb) \(login.quotedIdentifier) LOGIN PASSWORD \(password.quotedLiteral)"))
                for group in groups {
                    try await connection.run(PostgresQuery(unsafeSQL: "GRANT \(group.quotedIdentifier) TO \(login.quotedIdentifier)"))
                }
            }
        }
    }

    /// The team's roles when `team init` has run.
    static func existingRoles(_ connection: TeamConnection) async throws(TeamError) -> TeamRoles? {
        let hasTeam = try await connection.run("SELECT to_regclass('secondcall.team') IS NOT NULL").first
        guard let hasTeam, try connection.decode(hasTeam, 0, as: Bool.self) else { return nil }
        guard let row = try await connection.run("SELECT name FROM secondcall.team").first else { return nil }
        return TeamRoles(team: try connection.decode(row, 0))
    }

    private static func teamName(_ text: String) throws(TeamError) -> String {
        let name = text.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
        guard name.range(of: "^[a-z_][a-z0-9_]{0,40}$", options: .regularExpression) != nil else {
            throw TeamError.server(message: "'\(text)' cannot name a team: use letters, digits and '_' (--team NAME)")
        }
        return name
    }

    /// Runs `body`, turning the server's "permission denied" into a sentence about `what`.
    private static func denied(_ what: String, _ connection: TeamConnection,
                               _ body: () async throws(TeamError) -> Void) async throws(TeamError) {
        do {
            try await body()
        } catch .permissionDenied {
            throw TeamError.permissionDenied(user: connection.address.user, what: what)
        }
    }
}
