import CoachCore
import CoachPacks
import CoachResources
import CoachTeam
import Foundation
import PostgresNIO

/// The team database under load: 50 reps push 200 finished calls each at the same time, each rep on its
/// own login (row-level security on), then the manager's report reads and sums up the 10,000 calls.
/// Needs a server: SECONDCALL_TEAM_TEST_URL, an admin's URL (scripts/postgres-server start prints one).
enum TeamBenchmark {
    static let reps = 50
    static let callsPerRep = 200

    static func run() throws {
        guard let url = ProcessInfo.processInfo.environment["SECONDCALL_TEAM_TEST_URL"] else {
            print("skipped: needs SECONDCALL_TEAM_TEST_URL; eval \"$(scripts/postgres-server start)\" starts a private server and sets it")
            return
        }
        let admin = try TeamAddress(url: url)
        let calls = templates()
        try blocking { try await measure(admin: admin, calls: calls) }
    }

    /// One review for each call a rep pushes, measured and flagged by the shipped rules, as a real push sends.
    static func templates() -> [CallReview] {
        let pack = RulePackLoader.load(directories: [ShippedResources.rulesDirectory]).pack
        return (0..<callsPerRep).map { index in
            let lines = SyntheticCall.lines.count
            let notes = Array(SyntheticCall.notes(count: 24 + index % 17 + lines).dropFirst(index % lines))
            let flags = RuleEngine.flags(for: notes, pack: pack)
            return CallReview(account: "Benchmark Retail", contact: "Nick", startedAt: Date(), duration: 0, notes: notes, flags: flags,
                              floorChanges: [], plan: nil, ticks: [:])
        }
    }

    private static func measure(admin: TeamAddress, calls: [CallReview]) async throws {
        let database = "bench_\(getpid())"
        let server = try await TeamConnection.open(admin)
        try await server.execute("CREATE DATABASE \(database)")
        var team = admin
        team.database = database
        let setup = try await TeamConnection.open(team)
        _ = try await TeamSetup.initialise(setup)
        let logins = (0..<reps).map { "\(database)_rep\($0)" }
        for login in logins { try await TeamSetup.addMember(setup, login: login, password: "bench", role: .rep) }
        try await TeamSetup.addMember(setup, login: "\(database)_coach", password: "bench", role: .manager)

        let start = Date()
        let base = Date(timeIntervalSince1970: 1_800_000_000)
        let (ids, latencies) = try await withThrowingTaskGroup(of: ([UUID], [Double]).self) { group in
            for (repIndex, login) in logins.enumerated() {
                var address = team
                address.user = login
                address.password = "bench"
                group.addTask {
                    let connection = try await TeamConnection.open(address)
                    try await connection.join(as: "Rep \(repIndex + 1)")
                    var ids: [UUID] = []
                    var latencies: [Double] = []
                    for (callIndex, template) in calls.enumerated() {
                        var review = template
                        review.startedAt = base.addingTimeInterval(Double(callIndex * 3600 + repIndex))
                        let id = UUID()
                        let sent = Date()
                        try await connection.upload(SharedCall(id: id, review: review, shareNotes: callIndex % 4 == 0))
                        latencies.append(Date().timeIntervalSince(sent))
                        ids.append(id)
                    }
                    await connection.close()
                    return (ids, latencies)
                }
            }
            return try await group.reduce(into: ([UUID](), [Double]())) { $0.0 += $1.0; $0.1 += $1.1 }
        }
        let pushSeconds = Date().timeIntervalSince(start)

        let stored = try await setup.storedCallIDs()
        let arrivedOnce = stored.ids.count == ids.count && Set(stored.ids) == Set(ids) && stored.maxSends == 1
        var manager = team
        manager.user = "\(database)_coach"
        manager.password = "bench"
        let reader = try await TeamConnection.open(manager)
        var reportTimes: [Double] = []
        var summary: TeamSummary?
        for _ in 0..<5 {
            let began = Date()
            summary = TeamSummary(try await reader.calls())
            reportTimes.append(Date().timeIntervalSince(began))
        }
        await reader.close()
        await setup.close()
        try await server.execute("DROP DATABASE \(database)")
        for login in logins + ["\(database)_coach", "\(database)_rep", "\(database)_manager"] {
            try? await server.execute("DROP ROLE IF EXISTS \(login)")
        }
        await server.close()

        let total = reps * callsPerRep
        print("push: \(reps) reps x \(callsPerRep) calls at once, each on its own login: \(Measure.format(pushSeconds, 2)) s, "
            + "\(Int(Double(total) / pushSeconds)) calls/s; one call's upload p50 \(Measure.format(Measure.percentile(latencies, 0.5) * 1000)) ms, "
            + "p99 \(Measure.format(Measure.percentile(latencies, 0.99) * 1000)) ms")
        print("arrived: \(stored.ids.count) of \(total) calls, each once: \(arrivedOnce ? "yes" : "NO")")
        print("team report over \(summary?.team.calls ?? 0) calls (read and summed up, as a manager): median "
            + "\(Measure.format(reportTimes.sorted()[2] * 1000)) ms (target < 1000 ms)")
    }
}
