import CoachStore
@testable import CoachTeam
import Foundation
import PostgresNIO
import TestSupport
import Testing

@Suite(.serialized) struct TeamQueueTests {
    @Test func callsWaitWhileTheServerIsDownAndGoOnceWhenItIsBack() async throws {
        _ = try TeamTestServer.adminURL.get()
        let server = try PrivateServer.start()
        defer { try? server.stop() }
        let team = try await TeamTestServer.freshTeam(adminURL: server.url)
        let (address, password) = try await team.addLogin("alice", role: .rep)
        let alice = try RepMachine(password: password)
        #expect(try alice.secondcall("team", "join", team.url(address), "--rep", "Alice").status == 0)
        try alice.importCall("old-wounds")
        try alice.importCall("pitch-first")

        try server.pause()
        let offline = try alice.secondcall("team", "push")
        #expect(offline.status == 1)
        #expect(offline.output.contains("sent 0 calls") && offline.output.contains("2 waiting"))
        #expect(offline.errors.contains("cannot reach the team database at 127.0.0.1:\(address.port)"))
        let status = try alice.secondcall("team", "status")
        #expect(status.output.contains("queue: 2 calls waiting"))
        #expect(status.output.contains("last problem: cannot reach the team database"))

        try server.resume()
        let online = try alice.secondcall("team", "push")
        #expect(online.status == 0, "\(online.errors)")
        #expect(online.output.contains("sent 2 calls") && online.output.contains("none waiting"))
        #expect(try alice.secondcall("team", "push").output.contains("sent 0 calls"))
        #expect(try await team.storedCalls().count == 2)
    }

    @Test func aConnectionLostPartWayLosesNothingAndSendsNothingTwice() async throws {
        let team = try await TeamTestServer.freshTeam()
        let (address, password) = try await team.addLogin("alice", role: .rep)
        let alice = try RepMachine(password: password)
        #expect(try alice.secondcall("team", "join", team.url(address), "--rep", "Alice").status == 0)
        for call in ["old-wounds", "pitch-first", "quarter-end"] { try alice.importCall(call) }
        // The server drops the connection as the second call arrives, as a server going away would.
        try await team.withAdmin { connection in
            try await connection.run("""
                CREATE FUNCTION secondcall.drop_connection() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
                BEGIN
                  IF (SELECT count(*) FROM secondcall.call) >= 1 THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF;
                  RETURN NEW;
                END $$
                """)
            try await connection.run("CREATE TRIGGER drop_connection BEFORE INSERT ON secondcall.call FOR EACH ROW EXECUTE FUNCTION secondcall.drop_connection()")
        }
        let cut = try alice.secondcall("team", "push")
        #expect(cut.status == 1)
        #expect(cut.output.contains("sent 1 call") && cut.output.contains("2 waiting"), "\(cut.output) \(cut.errors)")
        #expect(cut.errors.contains("was lost part-way"))
        // Each push now loses its connection on its first call: whichever way the drop races the next statement,
        // the push ends, says so, and keeps both calls.
        for _ in 1...8 {
            let again = try alice.secondcall("team", "push")
            #expect(again.status == 1)
            #expect(again.output.contains("sent 0 calls") && again.output.contains("2 waiting"), "\(again.output) \(again.errors)")
            #expect(again.errors.contains("was lost part-way"), "\(again.errors)")
        }

        _ = try await team.withAdmin { try await $0.run("DROP TRIGGER drop_connection ON secondcall.call") }
        let resent = try alice.secondcall("team", "push")
        #expect(resent.output.contains("sent 2 calls") && resent.output.contains("none waiting"), "\(resent.output) \(resent.errors)")
        let stored = try await team.storedCalls()
        #expect(stored.count == 3)
        #expect(stored.mostSends == 1)
    }

    @Test func backOffDoublesAndASendThatRacedAChangeLeavesTheCallQueued() throws {
        let folder = try TemporaryDirectory()
        let store = try CoachStore(directory: folder.url)
        let session = try store.startSession(StoredSession(kind: .live, startedAt: Date()))
        let uuid = try store.queueForTeam(session: session, shareNotes: false)
        #expect(try store.queueForTeam(session: session, shareNotes: nil) == uuid)
        let now = Date()
        var queued = try #require(try store.teamQueue().first)
        try store.markFailed(queued, reason: "down", at: now)
        #expect(try store.teamQueue(due: now.addingTimeInterval(29)).isEmpty)
        #expect(try store.teamQueue(due: now.addingTimeInterval(31)).count == 1)
        queued = try #require(try store.teamQueue().first)
        try store.markFailed(queued, reason: "down", at: now)
        #expect(try store.teamQueue(due: now.addingTimeInterval(59)).isEmpty)

        queued = try #require(try store.teamQueue().first)
        try store.queueForTeam(session: session, shareNotes: true)
        try store.markSent(queued, at: now)
        #expect(try store.teamQueue().count == 1)
        try store.markSent(try #require(try store.teamQueue().first), at: now)
        #expect(try store.teamQueue().isEmpty)
        #expect(try store.teamQueueStatus().sent == 1)
    }
}
