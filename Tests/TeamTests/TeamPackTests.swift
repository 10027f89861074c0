@testable import CoachTeam
import Foundation
import TestSupport
import Testing

@Suite struct TeamPackTests {
    private static let rule = """
        id: team-no-quota-talk
        barrier: excessive-goal-focus
        kind: phrase
        message: Keep the quota out of the call
        tip: Ask what they need to decide, and when.
        phrases: [my quota]
        examples:
          flag: ["me: I have my quota to hit."]
          pass: ["c: We have a quota for imports."]
        """

    @Test func aManagerPublishesAPackAndARepFetchesItAndKeepsItsVersion() async throws {
        let team = try await TeamTestServer.freshTeam()
        let (managerAddress, managerPassword) = try await team.addLogin("carol", role: .manager)
        let (repAddress, repPassword) = try await team.addLogin("alice", role: .rep)
        let carol = try RepMachine(password: managerPassword)
        let alice = try RepMachine(password: repPassword)
        try carol.folder.write("pack/team-no-quota-talk.yaml", Self.rule)
        try carol.folder.write("broken/bad.yaml", "id: bad\nkind: phrase\n")

        let refused = try carol.secondcall("team", "rules", "publish", carol.folder.path("broken"), "--url", team.url(managerAddress))
        #expect(refused.status == 1)
        #expect(refused.errors.contains("bad.yaml:") && refused.errors.contains("not published"))

        let byRep = try alice.secondcall("team", "rules", "publish", carol.folder.path("pack"), "--url", team.url(repAddress))
        #expect(byRep.status == 2)
        #expect(byRep.errors.contains("may not publish the team's pack: only a manager's role may"))

        let published = try carol.secondcall("team", "rules", "publish", carol.folder.path("pack"), "--url", team.url(managerAddress))
        #expect(published.status == 0, "\(published.errors)")
        #expect(published.output.contains("as the team's rule pack version 1 (1 rule)"))

        let joined = try alice.secondcall("team", "join", team.url(repAddress), "--rep", "Alice")
        #expect(joined.output.contains("fetched the team's rule pack version 1: 1 rule, published by \(managerAddress.user)"))
        let list = try alice.secondcall("rules", "list")
        let line = try #require(list.output.split(separator: "\n").first { $0.hasPrefix("team-no-quota-talk") })
        #expect(line.contains("team pack v1"))
        #expect(list.output.split(separator: "\n").contains { $0.hasPrefix("competence-self-focus") && $0.contains("shipped") })
        #expect(list.output.contains("the team's pack is version 1"))
        #expect(try alice.secondcall("team", "rules", "fetch").output.contains("version 1 is up to date"))

        // A newer version arrives; then the server offers only an older one than is held: refused, held pack kept.
        #expect(try carol.secondcall("team", "rules", "publish", carol.folder.path("pack"), "--version", "5", "--url", team.url(managerAddress)).status == 0)
        #expect(try alice.secondcall("team", "rules", "fetch").output.contains("version 5"))
        _ = try await team.withAdmin { try await $0.run("DELETE FROM secondcall.pack WHERE version = 5") }
        let older = try alice.secondcall("team", "rules", "fetch")
        #expect(older.status == 2)
        #expect(older.errors.contains("newest pack is version 1, older than version 5 held here; keeping version 5"))
        #expect(try alice.secondcall("rules", "list").output.contains("team pack v5"))
    }

    @Test func theTeamsRuleStatsPutTheMostDismissedRuleFirst() async throws {
        let team = try await TeamTestServer.freshTeam()
        let (repAddress, repPassword) = try await team.addLogin("alice", role: .rep)
        let (managerAddress, managerPassword) = try await team.addLogin("carol", role: .manager)
        let alice = try RepMachine(password: repPassword)
        _ = try alice.secondcall("team", "join", team.url(repAddress), "--rep", "Alice")
        try alice.importCall("pitch-first")
        let store = try alice.store()
        let session = try #require(try store.sessions().first?.id)
        let flag = try #require(try store.call(session).flags.first { $0.target == .barrier(.pitching) })
        try store.setDismissed(true, session: session, notePosition: flag.noteIndex, target: flag.target.id)
        #expect(try alice.secondcall("team", "push").status == 0)

        let stats = try RepMachine(password: managerPassword).secondcall("team", "rules", "stats", "--url", team.url(managerAddress))
        let first = try #require(stats.output.split(separator: "\n").dropFirst().first)
        #expect(first.hasPrefix(flag.rule))
        #expect(first.contains("pitching"))
    }

    @Test func aFetchThatFailsAtStartIsSaidByTeamStatusUntilOneSucceeds() async throws {
        let team = try await TeamTestServer.freshTeam()
        let (address, password) = try await team.addLogin("alice", role: .rep)
        let alice = try RepMachine(password: password)
        #expect(try alice.secondcall("team", "join", team.url(address), "--rep", "Alice").status == 0)

        // The home screen fetches the pack before it opens (here it then finds no terminal, which is beside the point).
        _ = try alice.secondcall(["home"], password: "not-the-password")
        let failed = try alice.secondcall("team", "status")
        let line = try #require(failed.output.split(separator: "\n").first { $0.hasPrefix("last pack fetch failed ") }, "\(failed.output)")
        #expect(line.contains("password"), "\(line)")
        #expect(failed.output.contains("team pack: none fetched"))

        _ = try alice.secondcall("home")
        let fetched = try alice.secondcall("team", "status")
        #expect(!fetched.output.contains("last pack fetch failed"), "\(fetched.output)")
    }
}
