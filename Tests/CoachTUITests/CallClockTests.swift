import CoachCore
import CoachTUI
import TestSupport
import Testing

/// The call's time and the talk clock wait for the call: they start on the first note, Tab, or F2.
@Suite struct CallClockTests {
    @Test(arguments: ScreenSize.both) func nothingCountsBeforeTheCallConnects(size: ScreenSize) {
        let live = LiveHarness(size, plan: CallPlan(account: "Acme Retail", contact: "Nick"))
        #expect(live.coach.contains("Waiting for the call: the clock starts with the first note, Tab, or F2"))
        live.wait(90)
        #expect(live.lines[0].contains("00:00"))
        #expect(live.lines[1].contains("me – them –"), "no talk share before the call: \(live.lines[1])")
        live.say("Thanks for making the time, Nick.")
        #expect(!live.coach.contains("Waiting for the call"))
        live.wait(10)
        live.press(.tab)
        live.wait(30)
        #expect(live.lines[0].contains("00:40"))
        #expect(live.lines[1].contains("me 25% them 75%"))
        #expect(live.journal.notes.first?.elapsed == 0)
    }

    @Test func tabFirstStartsTheClockWithTheCustomerTalking() {
        let live = LiveHarness()
        live.wait(30)
        live.press(.tab)
        live.wait(20)
        #expect(live.lines[0].contains("00:20"))
        #expect(live.lines[1].contains("me 0% them 100%"))
    }

    @Test func f2MarksTheCallConnectedThenPauses() {
        let live = LiveHarness()
        live.wait(30)
        live.press(.function(2))
        live.wait(20)
        #expect(live.lines[0].contains("00:20"))
        live.press(.function(2))
        #expect(live.lines[1].hasPrefix("talk ⏸"))
    }
}
