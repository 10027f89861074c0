import CoachCore
import CoachTUI
import TestSupport
import Testing

/// What the live screen shows is what was saved: a line with its flags and ticks, all of it or none.
@Suite struct LiveSavingTests {
    @Test func aNoteItsFlagsAndTicksAreSavedAsOneOrNotShownAtAll() {
        let live = LiveHarness()
        live.journal.failing = true
        live.say("How has the season been? Let me tell you a bit about us.")
        #expect(!live.text.contains("⚑"))
        #expect(!live.text.contains("☑ Open with a question"))
        #expect(live.lines[1].hasSuffix("flags 0"))
        live.journal.failing = false
        live.press(.enter)
        #expect(live.text.contains("⚑ pitching"))
        #expect(live.text.contains("☑ Open with a question"))
        #expect(live.journal.notes == live.screen.session.notes)
        #expect(live.journal.flags == live.screen.session.flags, "what the screen shows is what the review will show")
        #expect(Set(live.journal.ticks.keys) == live.screen.session.ticked)
        #expect(live.lines[1].hasSuffix("flags \(live.journal.flags.filter(\.target.isBarrier).count)"))
    }

    @Test func failedSavesLeaveNoTraceInTheFlagsOfLaterNotes() {
        let lines = ["me: We started out in logistics many years ago.", "me: Since then we have grown into twelve countries."]
        let steady = LiveHarness()
        for line in lines { steady.say(line) }
        let failing = LiveHarness()
        for line in lines {
            failing.journal.failing = true
            failing.say(line)
            failing.press(.enter)
            failing.journal.failing = false
            failing.press(.enter)
        }
        #expect(failing.journal.notes == steady.journal.notes)
        #expect(failing.screen.session.flags == steady.screen.session.flags, "two statements, not six: no streak is flagged")
        #expect(!failing.screen.session.flags.contains { $0.rule == "pitching-slingshot" })
    }

    @Test func aNoteSavedByARetryKeepsTheTimeItWasTyped() {
        let live = LiveHarness()
        live.press(.tab)
        live.wait(5)
        live.journal.failing = true
        live.say("c: Our budget is frozen until March.")
        live.wait(30)
        live.journal.failing = false
        live.press(.enter)
        #expect(live.journal.notes == [.said(.customer, "Our budget is frozen until March.", at: 5)])
        #expect(live.notes.contains("[00:05] them Our budget is frozen until March."))
        live.say("c: Next year, maybe.")
        #expect(live.journal.notes.last?.elapsed == 35, "the next note takes its own time")
    }
}
