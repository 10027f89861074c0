import CoachCore
import Testing

@Suite struct TalkClockTests {
    @Test func aResumedClockGoesOnFromTheShareItHad() throws {
        // The rep held the floor for 40 s, the customer for the next 60 s; the call was left at 100 s.
        let clock = TalkClock(resuming: [(40, .them)], elapsed: 100, at: 5_000)
        #expect(clock.holder == .them)
        #expect(clock.repShare(at: 5_000) == 40)
        #expect(try #require(clock.repShare(at: 5_100)) == 20, "the customer still has the floor: 40 of 200 s")
    }

    @Test func aCallResumedWithNoFloorChangesWasTheRepsUntilThen() {
        let clock = TalkClock(resuming: [], elapsed: 30, at: 0)
        #expect(clock.holder == .me)
        #expect(clock.repShare(at: 0) == 100)
    }
}
