import CoachCore
import CoachStore
@testable import CoachTeam
import Foundation
import Testing

@Suite struct TeamSharingTests {
    @Test func repsShareTheirCallsAndTheManagersReportAgreesWithTheirOwnReviews() async throws {
        let team = try await TeamTestServer.freshTeam()
        var reps: [(RepMachine, String, [String])] = []
        for (name, calls) in [("alice", ["old-wounds", "pitch-first"]), ("bob", ["quarter-end", "retail-shelves-ideal"])] {
            let (address, password) = try await team.addLogin(name, role: .rep)
            let machine = try RepMachine(password: password)
            let joined = try machine.secondcall("team", "join", team.url(address), "--rep", name.capitalized)
            #expect(joined.status == 0, "\(joined.errors)")
            #expect(joined.output.contains("joined the team at \(team.url(address)) as \(name.capitalized)"))
            for call in calls { try machine.importCall(call) }
            let pushed = try machine.secondcall("team", "push")
            #expect(pushed.output.contains("sent 2 calls"), "\(pushed.output) \(pushed.errors)")
            #expect(pushed.output.contains("none waiting"))
            reps.append((machine, name.capitalized, calls))
        }

        let (manager, managerPassword) = try await team.addLogin("carol", role: .manager)
        let carol = try RepMachine(password: managerPassword)
        let report = try carol.secondcall("team", "report", "--url", team.url(manager), "--format", "json")
        #expect(report.status == 0, "\(report.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [String: Any])
        let rows = try #require(json["reps"] as? [[String: Any]])
        #expect(rows.map { $0["rep"] as? String } == ["Alice", "Bob"])
        for (machine, name, _) in reps {
            let store = try machine.store()
            let local = try store.sessions().reversed().map { try store.call($0.id!).review(plan: nil) }
            let row = try #require(rows.first { $0["rep"] as? String == name })
            let shares = local.compactMap(\.talkShare)
            let questions = local.reduce(0) { $0 + $1.questions }
            #expect(row["calls"] as? Int == local.count)
            #expect(abs((row["talkShare"] as? Double ?? -1) - shares.reduce(0, +) / Double(shares.count)) < 1e-9)
            #expect(abs((row["questionsPerCall"] as? Double ?? -1) - Double(questions) / Double(local.count)) < 1e-9)
            #expect(abs((row["barrierFlagsPerCall"] as? Double ?? -1) - Double(local.reduce(0) { $0 + $1.countedBarrierFlags }) / Double(local.count)) < 1e-9)
            #expect(abs((row["needsPerCall"] as? Double ?? -1) - Double(local.reduce(0) { $0 + $1.needs.count }) / Double(local.count)) < 1e-9)
            #expect(row["callsWithNextStep"] as? Int == local.filter { !$0.nextSteps.isEmpty }.count)
            let trend = try #require(row["trend"] as? [String: [Double]])
            #expect(trend["questions"] == local.map { Double($0.questions) })
        }
        let text = try carol.secondcall("team", "report", "--url", team.url(manager))
        #expect(text.output.contains("Team report: 2 reps, 4 calls"))
        #expect(text.output.contains("Best calls (Gong Labs)"))
        let html = try carol.secondcall("team", "report", "--url", team.url(manager), "--format", "html")
        #expect(html.output.contains("<svg") && html.output.contains("<td>Alice</td>"))
    }

    @Test func sendingACallAgainReplacesItAndADismissalReachesTheTeam() async throws {
        let team = try await TeamTestServer.freshTeam()
        let (address, password) = try await team.addLogin("alice", role: .rep)
        let alice = try RepMachine(password: password)
        _ = try alice.secondcall("team", "join", team.url(address), "--rep", "Alice")
        try alice.importCall("pitch-first")
        #expect(try alice.secondcall("team", "push").output.contains("sent 1 call"))
        #expect(try alice.secondcall("team", "push").output.contains("sent 0 calls"))

        let store = try alice.store()
        let session = try #require(try store.sessions().first?.id)
        let flag = try #require(try store.call(session).flags.first { $0.target.isBarrier })
        try store.setDismissed(true, session: session, notePosition: flag.noteIndex, target: flag.target.id)
        try store.queueForTeam(session: session, shareNotes: nil)
        #expect(try alice.secondcall("team", "push").output.contains("sent 1 call"))

        let (sends, calls, dismissed) = try await team.withAdmin { connection in
            let row = try #require(try await connection.run("""
                SELECT (SELECT max(sends) FROM secondcall.call), (SELECT count(*) FROM secondcall.call),
                       (SELECT count(*) FROM secondcall.flag WHERE dismissed)
                """).first)
            return (try connection.decode(row, 0, as: Int.self), try connection.decode(row, 1, as: Int.self), try connection.decode(row, 2, as: Int.self))
        }
        #expect(calls == 1)
        #expect(sends == 2)
        #expect(dismissed == 1)
        let status = try alice.secondcall("team", "status")
        #expect(status.output.contains("queue: empty"))
        #expect(status.output.contains("1 call shared"))
    }

    @Test func aWrongPasswordOrAServerWithoutTLSIsSaidPlainlyAndNothingIsJoined() async throws {
        let team = try await TeamTestServer.freshTeam()
        let (address, password) = try await team.addLogin("alice", role: .rep)
        let alice = try RepMachine(password: password)

        let wrong = try alice.secondcall(["team", "join", team.url(address), "--rep", "Alice"], password: "not-it")
        #expect(wrong.status == 2)
        #expect(wrong.errors.contains("refused the password for '\(address.user)' (it came from PGPASSWORD)"))
        #expect(!wrong.errors.contains("not-it"))

        let tls = try alice.secondcall("team", "join", team.url(address) + "?sslmode=require", "--rep", "Alice")
        #expect(tls.status == 2)
        #expect(tls.errors.contains("does not offer TLS, and the URL asks for it (sslmode=require)"))
        #expect(try alice.secondcall("team", "status").output.contains("no team joined"))

        let joined = try alice.secondcall("team", "join", team.url(address), "--rep", "Alice")
        #expect(joined.status == 0)
        let file = alice.folder.path("config/secondcall/team/connection.json")
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(!(try alice.secondcall("team", "status").output.contains(password)))

        let left = try alice.secondcall("team", "leave")
        #expect(left.output.contains("left the team"))
        #expect(!FileManager.default.fileExists(atPath: file))
    }
}
