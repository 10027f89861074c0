/// A rep's place in the team: joining under a name, and leaving (optionally taking back what was shared).
extension TeamConnection {
    /// Checks the team database is set up at the version this SecondCall speaks.
    public func checkSchema() async throws(TeamError) {
        let exists = try await run("SELECT to_regclass('secondcall.migration') IS NOT NULL").first
        guard let exists, try decode(exists, 0, as: Bool.self) else { throw TeamError.notSetUp(address: address.description) }
        let row = try await run("SELECT coalesce(max(version), 0) FROM secondcall.migration").first
        let version = try row.map { row throws(TeamError) in try decode(row, 0, as: Int.self) } ?? 0
        if version > TeamSchema.latestVersion { throw TeamError.newerSchema(address: address.description, version: version) }
        if version < TeamSchema.latestVersion {
            throw TeamError.olderSchema(address: address.description, version: version, needed: TeamSchema.latestVersion)
        }
    }

    /// Records this login as a rep called `rep`; joining again under another name renames it.
    public func join(as rep: String) async throws(TeamError) {
        try await checkSchema()
        do {
            try await run("""
                INSERT INTO secondcall.member (login, rep) VALUES (current_user, \(rep))
                ON CONFLICT (login) DO UPDATE SET rep = EXCLUDED.rep
                """)
        } catch .server(let message) where message.contains("member_rep_key") {
            throw TeamError.nameTaken(rep: rep)
        } catch .permissionDenied {
            throw TeamError.permissionDenied(user: address.user, what: "join this team: an admin adds the login with "
                + "'secondcall team add \(address.user) --role rep'")
        }
    }

    /// Deletes every call this login shared (its flags and notes go with it). Returns how many.
    public func deleteSharedCalls() async throws(TeamError) -> Int {
        let row = try await run("WITH gone AS (DELETE FROM secondcall.call WHERE login = current_user RETURNING 1) SELECT count(*) FROM gone").first
        return try row.map { row throws(TeamError) in try decode(row, 0, as: Int.self) } ?? 0
    }

    /// How many calls this login has stored in the team database, as the server counts them.
    public func sharedCallCount() async throws(TeamError) -> Int {
        let row = try await run("SELECT count(*) FROM secondcall.call WHERE login = current_user").first
        return try row.map { row throws(TeamError) in try decode(row, 0, as: Int.self) } ?? 0
    }
}
