import CoachCore
import CoachTUI
import TestSupport
import Testing

@Suite struct LiveCallScreenTests {
    @Test func theHeaderShowsWhoWhenAndTheStage() {
        let live = LiveHarness()
        #expect(live.lines[0].hasPrefix("SecondCall  Acme Retail · Nick  00:00  relationship ▸ opportunity ▸ commitment"))
        #expect(live.lines[0].hasSuffix("● saved"))
        #expect(live.hintBar.hasPrefix("Enter save  Tab floor  S-Tab note  ↑ fix  F1 help  F10 end  F3 stage  F2 clock  F4 tick"))
        #expect(live.input == "me ▸")
    }

    @Test(arguments: ScreenSize.both) func theHintBarKeepsWhatMattersMostAtEverySize(size: ScreenSize) {
        let live = LiveHarness(size)
        #expect(live.hintBar.hasPrefix("Enter save  Tab floor  S-Tab note  ↑ fix  F1 help  F10 end  F3 stage  F2 clock"))
    }

    @Test func aFlagShowsUnderTheNoteThatRaisedItAndOnTheCoachLine() {
        let live = LiveHarness()
        live.press(.function(2))
        live.wait(5)
        live.say("Let me start by telling you a bit about us.")
        #expect(live.notes[0] == "[00:05] me   Let me start by telling you a bit about us.")
        #expect(live.notes[1] == "⚑ pitching: Talking about us, not about them")
        #expect(live.coach.hasPrefix("⚑ Talking about us, not about them → They are thinking"))
        #expect(live.journal.notes == [.said(.me, "Let me start by telling you a bit about us.", at: 5)])
        #expect(live.journal.flags.map(\.rule) == ["pitching-about-us"])
    }

    @Test func tabPassesTheFloorAndDrivesTheTalkClockAndSpeaker() {
        let live = LiveHarness()
        live.say("How has the season been?")
        live.wait(30)
        live.press(.tab)
        #expect(live.input == "them ▸")
        live.say("Sales are flat.")
        live.wait(70)
        live.press(.tab)
        #expect(live.text.contains("them Sales are flat."))
        #expect(live.lines[1].contains("me 30% them 70%"))
        #expect(live.journal.floor == [.them, .me])
    }

    @Test func aTypedPrefixWinsOverTheFloor() {
        let live = LiveHarness()
        live.say("c: We make adhesives.")
        live.say("private: he sounds tired")
        #expect(live.journal.notes.map(\.speaker) == [.customer, .observation])
    }

    @Test func nudgesAreRationedButEveryFlagStaysInThePane() {
        let live = LiveHarness()
        live.say("Let me tell you about our history.")
        live.press(.escape)
        #expect(!live.coach.contains("⚑"))
        live.wait(30)
        live.say("We have been in business since 1987.")
        #expect(!live.coach.contains("⚑"), "the same barrier within two minutes stays quiet")
        #expect(live.text.components(separatedBy: "⚑ pitching").count == 3)
        live.wait(120)
        live.say("Our clients include the top five grocers.")
        #expect(live.coach.contains("⚑ Our credentials, when they did not ask"))
    }

    @Test func weakEvidenceAndSuggestionsNeverInterrupt() {
        let live = LiveHarness()
        live.say("It has scheduling, invoicing, stock control, payroll and a mobile app.")
        #expect(live.text.contains("⚑ pitching: Reading out a list of features"))
        #expect(!live.coach.contains("⚑"), "a list is weak evidence of a pitch: shown under the note, never on the coach line")
        live.wait(130)
        live.say("c: We have the budget for one new tool this year.")
        live.say("So you have the budget for one new tool this year?")
        #expect(live.text.contains("⚑ plan-attachment: Asking for what they already told you"))
        #expect(!live.coach.contains("⚑"))
    }

    @Test func checklistTicksItselfAndByHand() {
        let live = LiveHarness()
        #expect(live.text.contains("☐ Open with a question"))
        live.say("How has the season been?")
        #expect(live.text.contains("☑ Open with a question"))
        live.press(.function(4), .down, .character(" "), .escape)
        #expect(live.text.contains("☑ Notice their style"))
        #expect(live.journal.ticks == ["open": true, "style": true])
        live.press(.function(3))
        #expect(live.text.contains("Opportunity"))
        live.say("/need shelf training that sticks")
        #expect(live.text.contains("☑ A need named by the"))
        #expect(live.lines[1].contains("needs 1"))
    }

    @Test func aFailedSaveKeepsTheTextAndSaysSo() {
        let live = LiveHarness()
        live.journal.failing = true
        live.say("c: Our budget is frozen until March.")
        #expect(live.input == "me ▸ c: Our budget is frozen until March.")
        #expect(live.coach.contains("Not saved: the disk is full"))
        #expect(live.lines[0].hasSuffix("✖ NOT SAVED"))
        #expect(!live.text.contains("them Our budget"))
        live.journal.failing = false
        live.press(.enter)
        #expect(live.input == "me ▸")
        #expect(live.text.contains("them Our budget is frozen until March."))
        #expect(live.lines[0].hasSuffix("● saved"))
    }

    @Test func editingKeys() {
        let live = LiveHarness()
        live.type("hello wrld")
        live.press(.left, .left, .left)
        live.type("o")
        #expect(live.input == "me ▸ hello world")
        live.press(.control("w"))
        #expect(live.input == "me ▸ hello rld")
        live.press(.control("u"))
        #expect(live.input == "me ▸")
    }

    @Test func wideCharactersAndCombiningMarksStayAligned() {
        let live = LiveHarness(.small)
        live.say("c: 東京の店舗は売上が横ばいです e\u{301}")
        let line = live.lines.first { $0.contains("東京") } ?? ""
        #expect(line.hasPrefix("[00:00] them 東京の店舗は売上が横ばいです é"))
        #expect(live.lines[2].contains("│"))
    }

    @Test func resizingRelaysOutAndTooSmallAsksForMore() {
        let live = LiveHarness()
        live.say("How has the season been?")
        live.terminal.resize(columns: 80, rows: 24)
        live.app.drainKeys()
        #expect(live.lines.count == 24)
        #expect(live.lines[23].hasPrefix("Enter save"))
        #expect(live.text.contains("[00:00] me   How has the season been?"))
        live.terminal.resize(columns: 40, rows: 10)
        live.app.drainKeys()
        #expect(live.text.contains("Make the window larger"))
        live.terminal.resize(columns: 120, rows: 40)
        live.app.drainKeys()
        #expect(live.lines[39].hasPrefix("Enter save"))
    }

    @Test func endingAsksFirstAndQuitAsksToo() {
        let live = LiveHarness()
        live.press(.function(10))
        #expect(live.text.contains("End the call now?"))
        live.press(.character("n"))
        #expect(!live.text.contains("End the call now?"))
        live.press(.control("c"))
        #expect(live.text.contains("The call stays unfinished"))
        live.press(.character("y"))
        #expect(live.app.isFinished)
        #expect(live.journal.endedAt == nil)
    }

    @Test func questionMarkOnAnEmptyLineOpensHelp() {
        let live = LiveHarness()
        live.press(.character("?"))
        #expect(live.text.contains("Keys: Live call"))
        live.press(.escape)
        live.type("Why?")
        #expect(live.input == "me ▸ Why?")
    }

    @Test func theClockTicksOnScreenAndIsSavedEveryFifteenSeconds() {
        let live = LiveHarness()
        live.press(.function(2))
        live.wait(15)
        #expect(live.lines[0].contains("00:15"))
        #expect(live.journal.progress == [15])
        live.wait(1)
        #expect(live.lines[0].contains("00:16"))
        #expect(live.journal.progress == [15])
    }
}
