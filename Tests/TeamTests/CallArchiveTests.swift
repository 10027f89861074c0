import CoachCore
import CoachStore
@testable import CoachTeam
import Foundation
import Testing

/// The rep's journal and the team database answer the same reads through one interface, and a call shared
/// with its notes reads back from the team as the rep's own review shows it.
@Suite struct CallArchiveTests {
    @Test func aSharedCallReadsTheSameFromTheJournalAndFromTheTeam() async throws {
        let team = try await TeamTestServer.freshTeam()
        let (repAddress, repPassword) = try await team.addLogin("alice", role: .rep)
        var (managerAddress, managerPassword) = try await team.addLogin("carol", role: .manager)
        let alice = try RepMachine(password: repPassword)
        #expect(try alice.secondcall("team", "join", team.url(repAddress), "--rep", "Alice", "--share", "notes").status == 0)
        for call in ["old-wounds", "retail-shelves-ideal"] { try alice.importCall(call) }
        #expect(try alice.secondcall("team", "push").status == 0)

        let journal: any CallArchive = JournalArchive(try alice.store()) { _ in nil }
        managerAddress.password = managerPassword
        let teamView: any CallArchive = TeamArchive(managerAddress, rep: "Alice")
        let local = try journal.finishedCalls()
        let shared = try teamView.finishedCalls()
        #expect(local.count == 2 && shared.count == 2)
        #expect(shared.map(\.owner) == ["Alice", "Alice"])
        #expect(shared.map(\.barrierFlags) == local.map(\.barrierFlags))
        #expect(shared.map(\.duration) == local.map(\.duration))
        for (mine, theirs) in zip(try journal.recentReviews(10), try teamView.recentReviews(10)) {
            #expect(theirs.notes == mine.notes)
            #expect(theirs.talkShare == mine.talkShare)
            #expect(theirs.talkShareSource == mine.talkShareSource)
            #expect(theirs.questions == mine.questions && theirs.openQuestions == mine.openQuestions)
            #expect(theirs.barrierCounts.map(\.count) == mine.barrierCounts.map(\.count))
            #expect(Set(theirs.flags.map { "\($0.noteIndex) \($0.target.id) \($0.evidence) \($0.evidenceStrength)" }) == Set(mine.flags.map { "\($0.noteIndex) \($0.target.id) \($0.evidence) \($0.evidenceStrength)" }))
        }
        #expect(try teamView.ruleStats().map(\.flags).reduce(0, +) == (try journal.ruleStats().map(\.flags).reduce(0, +)))
    }
}

@Suite struct SharedNotesPrivacyTests {
    @Test func sharedNotesLeaveTheRepsPrivateObservationsOut() async throws {
        let team = try await TeamTestServer.freshTeam()
        var (address, password) = try await team.addLogin("alice", role: .rep)
        address.password = password
        let alice = try await TeamConnection.open(address)
        try await alice.join(as: "Alice")
        let review = CallReview(account: "Acme", contact: "Nick", startedAt: Date(timeIntervalSince1970: 1_800_000_000), duration: 90,
                                notes: [.said(.me, "What would a good season look like?", at: 5),
                                        .said(.observation, "he sounds worried about his job", at: 20),
                                        .said(.customer, "More footfall, and staff who stay.", at: 30)],
                                flags: [], floorChanges: [], plan: nil, ticks: [:])
        let id = UUID()
        try await alice.upload(SharedCall(id: id, review: review, shareNotes: true))
        let back = try #require(try await alice.review(ofCall: id))
        await alice.close()
        #expect(back.notes.count == 3)
        #expect(back.notes[0] == review.notes[0] && back.notes[2] == review.notes[2])
        #expect(back.notes[1] == .said(.observation, "", at: 20))
        #expect(back.talkShare == review.talkShare)
    }
}
