/// The team database's shape, built up by numbered migrations like the rep's own journal. Roles are enforced
/// by the database itself: every shared row carries the login that wrote it, row-level security lets a rep's
/// login see and change only its own rows, and the manager role may read every row.
enum TeamSchema {
    struct Migration {
        var version: Int
        var statements: [String]
    }

    /// The newest version this SecondCall knows.
    static var latestVersion: Int { migrations(roles: TeamRoles(team: "x")).map(\.version).max() ?? 0 }

    static func migrations(roles: TeamRoles) -> [Migration] {
        let rep = roles.repRole.quotedIdentifier
        let manager = roles.managerRole.quotedIdentifier
        return [
            Migration(version: 1, statements: [
                "CREATE TABLE secondcall.team (name text PRIMARY KEY, rep_role name NOT NULL, manager_role name NOT NULL)",
                "INSERT INTO secondcall.team VALUES (\(roles.team.quotedLiteral), \(roles.repRole.quotedLiteral), \(roles.managerRole.quotedLiteral))",
                """
                CREATE TABLE secondcall.member (
                    login name PRIMARY KEY DEFAULT current_user,
                    rep text NOT NULL UNIQUE CHECK (rep <> ''),
                    joined_at timestamptz NOT NULL DEFAULT now())
                """,
                """
                CREATE TABLE secondcall.call (
                    id uuid PRIMARY KEY,
                    login name NOT NULL DEFAULT current_user REFERENCES secondcall.member (login),
                    started_at timestamptz NOT NULL,
                    duration integer NOT NULL,
                    stage_reached text NOT NULL,
                    talk_share double precision,
                    talk_share_source text NOT NULL,
                    longest_monologue integer NOT NULL,
                    questions integer NOT NULL,
                    open_questions integer NOT NULL,
                    needs integer NOT NULL,
                    next_steps integer NOT NULL,
                    barriers jsonb NOT NULL,
                    shared_notes jsonb,
                    sends integer NOT NULL DEFAULT 1,
                    received_at timestamptz NOT NULL DEFAULT now())
                """,
                "CREATE INDEX call_by_login ON secondcall.call (login, started_at)",
                "CREATE INDEX call_by_start ON secondcall.call (started_at)",
                """
                CREATE TABLE secondcall.flag (
                    call_id uuid NOT NULL REFERENCES secondcall.call (id) ON DELETE CASCADE,
                    login name NOT NULL DEFAULT current_user,
                    note_index integer NOT NULL,
                    rule text NOT NULL,
                    target text NOT NULL,
                    severity text NOT NULL,
                    message text NOT NULL,
                    tip text NOT NULL,
                    evidence text,
                    dismissed boolean NOT NULL,
                    PRIMARY KEY (call_id, note_index, target))
                """,
                "CREATE INDEX flag_by_rule ON secondcall.flag (rule)",
                """
                CREATE TABLE secondcall.pack (
                    version integer PRIMARY KEY CHECK (version > 0),
                    published_at timestamptz NOT NULL DEFAULT now(),
                    published_by name NOT NULL DEFAULT current_user,
                    rule_count integer NOT NULL,
                    files jsonb NOT NULL)
                """,
                // Row-level security: a login's own rows for everyone, every row for reading by a manager.
                "ALTER TABLE secondcall.member ENABLE ROW LEVEL SECURITY",
                "ALTER TABLE secondcall.call ENABLE ROW LEVEL SECURITY",
                "ALTER TABLE secondcall.flag ENABLE ROW LEVEL SECURITY",
                "CREATE POLICY own_member ON secondcall.member TO \(rep) USING (login = current_user) WITH CHECK (login = current_user)",
                "CREATE POLICY own_calls ON secondcall.call TO \(rep) USING (login = current_user) WITH CHECK (login = current_user)",
                "CREATE POLICY own_flags ON secondcall.flag TO \(rep) USING (login = current_user) WITH CHECK (login = current_user)",
                "CREATE POLICY team_members ON secondcall.member FOR SELECT TO \(manager) USING (true)",
                "CREATE POLICY team_calls ON secondcall.call FOR SELECT TO \(manager) USING (true)",
                "CREATE POLICY team_flags ON secondcall.flag FOR SELECT TO \(manager) USING (true)",
                "GRANT USAGE ON SCHEMA secondcall TO \(rep), \(manager)",
                "GRANT SELECT ON secondcall.migration, secondcall.team, secondcall.pack TO \(rep), \(manager)",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON secondcall.member, secondcall.call, secondcall.flag TO \(rep)",
                "GRANT SELECT ON secondcall.member, secondcall.call, secondcall.flag TO \(manager)",
                "GRANT INSERT ON secondcall.pack TO \(manager)",
            ]),
            // How sure each flag is, as the rep's review marks it.
            Migration(version: 2, statements: [
                "ALTER TABLE secondcall.flag ADD COLUMN evidence_strength text NOT NULL DEFAULT 'strong'",
            ]),
        ]
    }
}

/// The two group roles of a team: a rep's login is a member of the first, a manager's of both.
struct TeamRoles: Sendable {
    var team: String
    var repRole: String { team + "_rep" }
    var managerRole: String { team + "_manager" }
}

extension String {
    /// The string as an SQL identifier, double quotes doubled.
    var quotedIdentifier: String { "\"" + replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
    /// The string as an SQL literal, single quotes doubled (the server keeps standard_conforming_strings on).
    var quotedLiteral: String { "'" + replacingOccurrences(of: "'", with: "''") + "'" }
}
