@testable import CoachTeam
import Foundation
import TestSupport
import Testing

/// The real binary in a real terminal: a call that ends goes to the team in the background, while its
/// review is on the screen; the screen never waits for the network.
@Suite struct LiveCallSharingTests {
    @Test func aCallThatEndsIsSentWhileItsReviewShows() async throws {
        let team = try await TeamTestServer.freshTeam()
        let (address, password) = try await team.addLogin("alice", role: .rep)
        let alice = try RepMachine(password: password)
        #expect(try alice.secondcall("team", "join", team.url(address), "--rep", "Alice").status == 0)

        let session = try TmuxSession("\(BuiltProducts.secondcall) live --account 'Retail Co'; sleep 60", columns: 120, rows: 40,
                                      environment: alice.environment)
        #expect(try session.waitFor("Retail Co"))
        try session.type("How has the season been across the stores?")
        try session.send("Enter")
        #expect(try session.waitFor("How has the season been"))
        try session.send("F10")
        #expect(try session.waitFor("End the call now?"))
        try session.send("y")
        #expect(try session.waitFor("Review"))

        var stored = 0
        for _ in 0..<50 where stored == 0 {
            stored = try await team.withAdmin { connection in
                try connection.decode(try #require(try await connection.run("SELECT count(*) FROM secondcall.call").first), 0, as: Int.self)
            }
            if stored == 0 { try await Task.sleep(for: .milliseconds(200)) }
        }
        #expect(stored == 1)
        #expect(try session.capture().contains("Review"))
        #expect(try alice.secondcall("team", "status").output.contains("1 call shared"))
    }
}
