@testable import CoachTeam
import Foundation
import Testing

/// The manager's report narrowed to a rep or a start day, a rep's own view of it, and the shared calls
/// listed for `team review`.
@Suite struct TeamReportFilterTests {
    @Test func theReportNarrowsToARepOrADayAndARepSeesOnlyTheirOwnCalls() async throws {
        let team = try await TeamTestServer.freshTeam()
        let (aliceAddress, alicePassword) = try await team.addLogin("alice", role: .rep)
        let (bobAddress, bobPassword) = try await team.addLogin("bob", role: .rep)
        let (carolAddress, carolPassword) = try await team.addLogin("carol", role: .manager)
        let alice = try RepMachine(password: alicePassword)
        let bob = try RepMachine(password: bobPassword)
        let carol = try RepMachine(password: carolPassword)
        #expect(try alice.secondcall("team", "join", team.url(aliceAddress), "--rep", "Alice").status == 0)
        #expect(try bob.secondcall("team", "join", team.url(bobAddress), "--rep", "Bob").status == 0)
        try alice.importCall("old-wounds")
        #expect(try alice.secondcall("team", "push", "--share", "notes").status == 0)
        try alice.importCall("pitch-first")
        #expect(try alice.secondcall("team", "push").status == 0)
        try bob.importCall("quarter-end")
        #expect(try bob.secondcall("team", "push").status == 0)

        let manager = team.url(carolAddress)
        #expect(try carol.secondcall("team", "report", "--url", manager).output.contains("Team report: 2 reps, 3 calls"))
        let onlyBob = try carol.secondcall("team", "report", "--url", manager, "--rep", "Bob")
        #expect(onlyBob.output.contains("Team report: 1 rep, 1 call (Bob)"))
        #expect(!onlyBob.output.contains("Alice"))
        #expect(try carol.secondcall("team", "report", "--url", manager, "--since", "2999-01-01").output.contains("no shared calls yet"))
        let nobody = try carol.secondcall("team", "report", "--url", manager, "--rep", "Dave")
        #expect(nobody.status == 2)
        #expect(nobody.errors.contains("no rep called 'Dave' has joined this team"))
        let badDay = try carol.secondcall("team", "report", "--url", manager, "--since", "yesterday")
        #expect(badDay.errors.contains("--since must be a day as YYYY-MM-DD"))

        let own = try alice.secondcall("team", "report")
        #expect(own.output.contains("Team report: 1 rep, 2 calls"))
        #expect(!own.output.contains("Bob"))

        let list = try carol.secondcall("team", "review", "Alice", "--url", manager)
        let rows = list.output.split(separator: "\n")
        #expect(rows.count == 3)
        #expect(rows[1].contains("shared") && rows[2].contains("figures only"))
        let figuresOnly = try carol.secondcall("team", "review", "Alice", "2", "--url", manager)
        #expect(figuresOnly.status == 2)
        #expect(figuresOnly.errors.contains("Alice did not share the notes of that call"))
    }

    @Test func flagsUnderABarrierThisVersionDoesNotKnowAreSaidNotCounted() async throws {
        let team = try await TeamTestServer.freshTeam()
        let (aliceAddress, alicePassword) = try await team.addLogin("alice", role: .rep)
        let (carolAddress, carolPassword) = try await team.addLogin("carol", role: .manager)
        let alice = try RepMachine(password: alicePassword)
        #expect(try alice.secondcall("team", "join", team.url(aliceAddress), "--rep", "Alice").status == 0)
        try alice.importCall("pitch-first")
        #expect(try alice.secondcall("team", "push").status == 0)
        let carol = try RepMachine(password: carolPassword)
        let before = try carol.secondcall("team", "report", "--url", team.url(carolAddress), "--format", "json")

        // As a newer SecondCall would store a call with a barrier this one has never heard of.
        _ = try await team.withAdmin { try await $0.run("UPDATE secondcall.call SET barriers = barriers || '{\"over-promising\": 2}'::jsonb") }
        let after = try carol.secondcall("team", "report", "--url", team.url(carolAddress), "--format", "json")
        #expect(after.status == 0, "\(after.errors)")
        #expect(after.output == before.output, "the barriers it knows are counted as before")
        #expect(after.errors.contains("Not counted: 2 flags under 'over-promising', which this version does not know; a newer SecondCall reads them."))
        #expect(!before.errors.contains("Not counted"))
    }
}
