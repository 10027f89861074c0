@testable import CoachTeam
import Foundation
import Testing

/// The team database's migrations are numbered: an older database is refused with what to do, and
/// `team init` brings it up to date; one set up by a newer SecondCall is never touched.
@Suite struct TeamMigrationTests {
    @Test func anOlderTeamDatabaseIsBroughtUpToDateByInitAndANewerOneIsLeftAlone() async throws {
        let team = try await TeamTestServer.freshTeam()
        let (address, password) = try await team.addLogin("alice", role: .rep)
        let alice = try RepMachine(password: password)
        #expect(try alice.secondcall("team", "join", team.url(address), "--rep", "Alice").status == 0)
        _ = try await team.withAdmin { connection in
            try await connection.execute("ALTER TABLE secondcall.flag DROP COLUMN evidence_strength")
            try await connection.execute("DELETE FROM secondcall.migration WHERE version = 2")
        }
        try alice.importCall("pitch-first")
        let refused = try alice.secondcall("team", "push")
        #expect(refused.status == 1)
        #expect(refused.errors.contains("is at version 1 and this SecondCall needs 2: an admin runs 'secondcall team init URL'"))

        let adminURL = "postgres://\(team.admin.user):\(team.admin.password ?? "")@\(team.admin.host):\(team.admin.port)/\(team.admin.database)"
        let upgraded = try alice.secondcall("team", "init", adminURL)
        #expect(upgraded.output.contains("set up (migration 2)"), "\(upgraded.output) \(upgraded.errors)")
        #expect(try alice.secondcall("team", "init", adminURL).output.contains("is up to date"))
        #expect(try alice.secondcall("team", "push").output.contains("sent 1 call"))

        _ = try await team.withAdmin { try await $0.execute("INSERT INTO secondcall.migration (version) VALUES (99)") }
        let newer = try alice.secondcall("team", "init", adminURL)
        #expect(newer.status == 2)
        #expect(newer.errors.contains("was set up by a newer SecondCall (version 99)"))
    }
}
