import CoachCore
@testable import CoachTeam
import Foundation
import PostgresNIO
import Testing

@Suite struct RowLevelSecurityTests {
    private func call(startedAt: Date) -> SharedCall {
        let review = CallReview(account: "Acme", contact: "Nick", startedAt: startedAt, duration: 60,
                                notes: [.said(.me, "What would a good season look like?", at: 5), .said(.customer, "More footfall.", at: 20)],
                                flags: [], floorChanges: [], plan: nil, ticks: [:])
        return SharedCall(id: UUID(), review: review, shareNotes: true)
    }

    private func connect(_ address: TeamAddress, _ password: String) async throws -> TeamConnection {
        var address = address
        address.password = password
        return try await TeamConnection.open(address)
    }

    @Test func aRepsLoginCannotReadOrChangeAnotherRepsCallsEvenWithItsOwnSQL() async throws {
        let team = try await TeamTestServer.freshTeam()
        let (aliceAddress, alicePassword) = try await team.addLogin("alice", role: .rep)
        let (bobAddress, bobPassword) = try await team.addLogin("bob", role: .rep)
        let (carolAddress, carolPassword) = try await team.addLogin("carol", role: .manager)
        let alice = try await connect(aliceAddress, alicePassword)
        let bob = try await connect(bobAddress, bobPassword)
        let carol = try await connect(carolAddress, carolPassword)
        try await alice.join(as: "Alice")
        try await bob.join(as: "Bob")
        let alicesCall = call(startedAt: Date(timeIntervalSince1970: 1_800_000_000))
        try await alice.upload(alicesCall)
        try await bob.upload(call(startedAt: Date(timeIntervalSince1970: 1_800_000_100)))

        func count(_ connection: TeamConnection, _ sql: String) async throws -> Int {
            let row = try #require(try await connection.run(PostgresQuery(unsafeSQL: sql)).first)
            return try connection.decode(row, 0, as: Int.self)
        }
        #expect(try await count(bob, "SELECT count(*) FROM secondcall.call") == 1)
        #expect(try await count(bob, "SELECT count(*) FROM secondcall.call WHERE login = '\(aliceAddress.user)'") == 0)
        #expect(try await count(bob, "SELECT count(*) FROM secondcall.member") == 1)
        #expect(try await count(bob, "WITH changed AS (UPDATE secondcall.call SET duration = 1 WHERE id = '\(alicesCall.id)' RETURNING 1) SELECT count(*) FROM changed") == 0)
        #expect(try await count(bob, "WITH gone AS (DELETE FROM secondcall.call WHERE id = '\(alicesCall.id)' RETURNING 1) SELECT count(*) FROM gone") == 0)
        await #expect(throws: TeamError.self) {
            try await bob.run(PostgresQuery(unsafeSQL: """
                INSERT INTO secondcall.call (id, login, started_at, duration, stage_reached, talk_share_source, longest_monologue,
                    questions, open_questions, needs, next_steps, barriers)
                VALUES (gen_random_uuid(), '\(aliceAddress.user)', now(), 1, 'relationship', 'words', 0, 0, 0, 0, 0, '{}')
                """))
        }
        // Bob's copy of Alice's call id is refused too: the id is taken, and the row is not his to replace.
        await #expect(throws: TeamError.self) { try await bob.upload(alicesCall) }
        #expect(try await alice.review(ofCall: alicesCall.id)?.notes.count == 2)
        #expect(try await bob.review(ofCall: alicesCall.id) == nil)

        #expect(try await count(carol, "SELECT count(*) FROM secondcall.call") == 2)
        #expect(try await carol.calls().map(\.rep) == ["Alice", "Bob"])
        #expect(try await count(carol, "WITH gone AS (DELETE FROM secondcall.call RETURNING 1) SELECT count(*) FROM gone") == 0)
        #expect(try await count(carol, "SELECT count(*) FROM secondcall.call") == 2)
        for connection in [alice, bob, carol] { await connection.close() }
    }
}
