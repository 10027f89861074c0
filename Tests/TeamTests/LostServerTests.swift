import CoachStore
@testable import CoachTeam
import Foundation
import PostgresNIO
import TestSupport
import Testing

/// A team server that goes away, hangs or stops answering part-way never hangs SecondCall: the command ends,
/// says what happened and what to do, and every call not confirmed stays queued for the next send.
@Suite(.serialized) struct LostServerTests {
    @Test func aStatementOnAConnectionTheServerAlreadyDroppedSaysItWasLost() async throws {
        let team = try await TeamTestServer.freshTeam()
        let (address, password) = try await team.addLogin("alice", role: .rep)
        let connection = try await TeamConnection.open(address, environment: ["PGPASSWORD": password])
        _ = try await team.withAdmin { try await $0.run("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = \(address.user)") }
        for _ in 0..<500 where !connection.connection.isClosed { try await Task.sleep(for: .milliseconds(20)) }
        #expect(connection.connection.isClosed)
        // Just after a channel closes, NIO takes its handlers away: a statement written from then on went nowhere.
        try await Task.sleep(for: .milliseconds(200))

        let ended = await outcome(within: .seconds(60)) { try await connection.calls() }
        let error = try #require(ended, "reading the calls on a dropped connection never ended")
        #expect(throws: TeamError.connectionLost(address: "127.0.0.1:\(address.port)")) { try error.get() }
        #expect(TeamError.connectionLost(address: "127.0.0.1:\(address.port)").description
            == "the connection to 127.0.0.1:\(address.port) was lost part-way; what was not confirmed waits in the queue and goes next time")
    }

    @Test func aServerThatStopsAnsweringPartWayEndsThePushAndTheCallsWait() async throws {
        let team = try await TeamTestServer.freshTeam()
        let (address, password) = try await team.addLogin("alice", role: .rep)
        let alice = try RepMachine(password: password)
        #expect(try alice.secondcall("team", "join", team.url(address) + "?answer_timeout=2", "--rep", "Alice").status == 0)
        for call in ["old-wounds", "pitch-first", "quarter-end"] { try alice.importCall(call) }
        // The second call's insert waits on the server for ten minutes, as one stuck on a lock or behind a dead link would.
        try await team.withAdmin { connection in
            try await connection.run("""
                CREATE FUNCTION secondcall.stall() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
                BEGIN
                  IF (SELECT count(*) FROM secondcall.call) >= 1 THEN PERFORM pg_sleep(600); END IF;
                  RETURN NEW;
                END $$
                """)
            try await connection.run("CREATE TRIGGER stall BEFORE INSERT ON secondcall.call FOR EACH ROW EXECUTE FUNCTION secondcall.stall()")
        }

        let stalled = try alice.secondcall("team", "push")
        #expect(stalled.status == 1, "\(stalled.errors)")
        #expect(stalled.output.contains("sent 1 call") && stalled.output.contains("2 waiting"), "\(stalled.output) \(stalled.errors)")
        #expect(stalled.errors.contains("the team database at 127.0.0.1:\(address.port) stopped answering (no answer in 2 s); "
            + "what was not confirmed waits in the queue and goes next time"))
        #expect(stalled.errors.contains("answer_timeout"))
        let status = try alice.secondcall("team", "status")
        #expect(status.output.contains("queue: 2 calls waiting"))
        #expect(status.output.contains("last problem: the team database at 127.0.0.1:\(address.port) stopped answering"))

        try await team.withAdmin { connection in
            try await connection.run("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = \(address.user)")
            try await connection.run("DROP TRIGGER stall ON secondcall.call")
        }
        let resent = try alice.secondcall("team", "push")
        #expect(resent.status == 0, "\(resent.errors)")
        #expect(resent.output.contains("sent 2 calls") && resent.output.contains("none waiting"), "\(resent.output) \(resent.errors)")
        let stored = try await team.storedCalls()
        #expect(stored.count == 3)
        #expect(stored.mostSends == 1)
    }

    @Test func aServerThatTakesTheConnectionAndNeverAnswersEndsEveryCommand() async throws {
        _ = try TeamTestServer.adminURL.get()
        let server = try PrivateServer.start()
        defer {
            try? server.thaw()
            try? server.stop()
        }
        let team = try await TeamTestServer.freshTeam(adminURL: server.url)
        let (address, password) = try await team.addLogin("alice", role: .rep)
        let alice = try RepMachine(password: password)
        #expect(try alice.secondcall("team", "join", team.url(address) + "?connect_timeout=2", "--rep", "Alice").status == 0)
        try alice.importCall("old-wounds")
        try alice.importCall("pitch-first")

        try server.freeze()
        let frozen = try alice.secondcall("team", "push")
        #expect(frozen.status == 1, "\(frozen.errors)")
        #expect(frozen.output.contains("sent 0 calls") && frozen.output.contains("2 waiting"), "\(frozen.output) \(frozen.errors)")
        #expect(frozen.errors.contains("cannot reach the team database at 127.0.0.1:\(address.port) (no answer in 2 s); "
            + "calls wait in the queue and go when it is back"))
        let report = try alice.secondcall("team", "report")
        #expect(report.status == 2)
        #expect(report.errors.contains("cannot reach the team database at 127.0.0.1:\(address.port) (no answer in 2 s)"))
        let joining = try RepMachine(password: password).secondcall("team", "join", team.url(address) + "?connect_timeout=2", "--rep", "Al")
        #expect(joining.status == 2)
        #expect(joining.errors.contains("cannot reach the team database at 127.0.0.1:\(address.port) (no answer in 2 s)"))

        try server.thaw()
        let online = try alice.secondcall("team", "push")
        #expect(online.status == 0, "\(online.errors)")
        #expect(online.output.contains("sent 2 calls") && online.output.contains("none waiting"))
    }
}

/// What `work` ended with, or nil when it had not ended within `limit` (it is then left running).
private func outcome<T: Sendable>(within limit: Duration, _ work: @escaping @Sendable () async throws -> T) async -> Result<T, any Error>? {
    let (outcomes, continuation) = AsyncStream.makeStream(of: Result<T, any Error>?.self)
    Task {
        do { continuation.yield(.success(try await work())) } catch { continuation.yield(.failure(error)) }
    }
    Task {
        try? await Task.sleep(for: limit)
        continuation.yield(nil)
    }
    for await first in outcomes { return first }
    return nil
}
