import CoachCore
import CoachPacks
import CoachTUI
import TestSupport
import Testing

@Suite struct LiveCallScreenTests {
    static let pack = RulePackLoader.load(directories: [ShippedRules.directory]).pack
    static let checklist = Checklist(items: [
        .init(id: "open", text: "Open with a question about them", stage: .relationship, auto: .openQuestion),
        .init(id: "style", text: "Notice their style", stage: .relationship),
        .init(id: "need", text: "A need named by the customer", stage: .opportunity, auto: .need),
    ])

    struct Harness {
        let app: App
        let terminal: VirtualTerminal
        let screen: LiveCallScreen
        let journal: MemoryJournal
        let clock: FakeClock

        var text: String { terminal.screenText }
        var lines: [String] { text.components(separatedBy: "\n") }

        /// Types a line and presses Enter, as a rep would.
        func say(_ line: String) {
            terminal.say(line, to: app)
        }

        func press(_ keys: Key...) { terminal.press(keys, to: app) }
    }

    func harness(columns: Int = 100, rows: Int = 30, nudgeInterval: Double = 120) -> Harness {
        let clock = FakeClock()
        let session = CallSession(pack: Self.pack, checklist: Self.checklist, now: clock.now, nudgeInterval: nudgeInterval)
        let journal = MemoryJournal()
        let screen = LiveCallScreen(session: session, journal: journal, account: "Acme Retail", contact: "Nick", now: { clock.now }) { _ in nil }
        let terminal = VirtualTerminal(columns: columns, rows: rows)
        let app = App(terminal: terminal, root: screen)
        app.draw()
        return Harness(app: app, terminal: terminal, screen: screen, journal: journal, clock: clock)
    }

    @Test func theHeaderShowsWhoWhenAndTheStage() {
        let live = harness()
        #expect(live.lines[0].hasPrefix("SecondCall  Acme Retail · Nick  00:00  relationship ▸ opportunity ▸ commitment"))
        #expect(live.lines[0].hasSuffix("● saved"))
        #expect(live.lines[29].hasPrefix("Enter save  Tab floor  F2 pause  F3 stage  F4 tick  F10 end  F1 help"))
        #expect(live.lines[28] == "me ▸")
    }

    @Test func aFlagShowsUnderTheNoteThatRaisedItAndOnTheCoachLine() {
        let live = harness()
        live.clock.advance(5)
        live.say("Let me start by telling you a bit about us.")
        #expect(live.lines[2].hasPrefix("[00:05] me   Let me start by telling you a bit about us."))
        #expect(live.lines[3].contains("⚑ pitching: Talking about us, not about them"))
        #expect(live.lines[27].hasPrefix("⚑ Talking about us, not about them  → They are thinking"))
        #expect(live.journal.notes == [.said(.me, "Let me start by telling you a bit about us.", at: 5)])
        #expect(live.journal.flags.map(\.ruleID) == ["pitching-about-us"])
    }

    @Test func tabPassesTheFloorAndDrivesTheTalkClockAndSpeaker() {
        let live = harness()
        live.clock.advance(30)
        live.press(.tab)
        #expect(live.lines[28] == "them ▸")
        live.say("Sales are flat.")
        live.clock.advance(70)
        live.press(.tab)
        #expect(live.text.contains("them Sales are flat."))
        #expect(live.lines[1].contains("me 30% them 70%"))
        #expect(live.journal.floor == [.them, .me])
    }

    @Test func aTypedPrefixWinsOverTheFloor() {
        let live = harness()
        live.say("c: We make adhesives.")
        live.say("private: he sounds tired")
        #expect(live.journal.notes.map(\.speaker) == [.customer, .observation])
    }

    @Test func nudgesAreRationedButEveryFlagStaysInThePane() {
        let live = harness()
        live.say("Let me tell you about our history.")
        live.press(.escape)
        #expect(!live.lines[27].contains("⚑"))
        live.clock.advance(30)
        live.say("We have been in business since 1987.")
        #expect(!live.lines[27].contains("⚑"), "the same barrier within two minutes stays quiet")
        #expect(live.text.components(separatedBy: "⚑ pitching").count == 3)
        live.clock.advance(120)
        live.say("Our clients include the top five grocers.")
        #expect(live.lines[27].contains("⚑ Talking about us"))
    }

    @Test func suggestionsNeverInterrupt() {
        let live = harness()
        live.say("It's a real game-changer.")
        #expect(live.text.contains("⚑ pride-enthusiasm"))
        #expect(!live.lines[27].contains("⚑"))
    }

    @Test func checklistTicksItselfAndByHand() {
        let live = harness()
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
        let live = harness()
        live.journal.failing = true
        live.say("c: Our budget is frozen until March.")
        #expect(live.lines[28] == "me ▸ c: Our budget is frozen until March.")
        #expect(live.lines[27].contains("Not saved: the disk is full"))
        #expect(live.lines[0].hasSuffix("✖ NOT SAVED"))
        #expect(!live.text.contains("them Our budget"))
        live.journal.failing = false
        live.press(.enter)
        #expect(live.lines[28] == "me ▸")
        #expect(live.text.contains("them Our budget is frozen until March."))
        #expect(live.lines[0].hasSuffix("● saved"))
    }

    @Test func aBadCommandIsExplainedAndKept() {
        let live = harness()
        live.say("/stg opportunity")
        #expect(live.lines[27].contains("unknown command '/stg'"))
        #expect(live.lines[28] == "me ▸ /stg opportunity")
    }

    @Test func editingKeysAndHistory() {
        let live = harness()
        live.terminal.type("hello wrld")
        live.press(.left, .left, .left)
        live.terminal.type("o")
        live.app.drainKeys()
        #expect(live.lines[28] == "me ▸ hello world")
        live.press(.control("w"))
        #expect(live.lines[28] == "me ▸ hello rld")
        live.press(.end, .enter, .up)
        #expect(live.lines[28] == "me ▸ hello rld")
    }

    @Test func wideCharactersAndCombiningMarksStayAligned() {
        let live = harness(columns: 80, rows: 24)
        live.say("c: 東京の店舗は売上が横ばいです e\u{301}")
        let line = live.lines.first { $0.contains("東京") } ?? ""
        #expect(line.hasPrefix("[00:00] them 東京の店舗は売上が横ばいです é"))
        let border = live.lines[2].firstIndex(of: "│").map { live.lines[2].distance(from: live.lines[2].startIndex, to: $0) }
        #expect(border != nil)
    }

    @Test func resizingRelaysOutAndTooSmallAsksForMore() {
        let live = harness()
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

    @Test func longNotesWrapAndPageUpScrollsBack() {
        let live = harness(columns: 80, rows: 24)
        for index in 1...40 { live.say("c: answer number \(index)") }
        #expect(live.text.contains("answer number 40"))
        #expect(!live.text.contains("answer number 10\n"))
        live.press(.pageUp, .pageUp)
        #expect(live.text.contains("answer number 20"))
        #expect(!live.text.contains("answer number 40"))
        live.press(.pageDown, .pageDown)
        #expect(live.text.contains("answer number 40"))
    }

    @Test func endingAsksFirstAndQuitAsksToo() {
        let live = harness()
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
        let live = harness()
        live.press(.character("?"))
        #expect(live.text.contains("Keys: Live call"))
        live.press(.escape)
        live.terminal.type("Why?")
        live.app.drainKeys()
        #expect(live.lines[28] == "me ▸ Why?")
    }

    @Test func theClockTicksOnScreenAndIsSavedEveryFifteenSeconds() {
        let live = harness()
        live.clock.advance(15)
        live.app.step(nil)
        #expect(live.lines[0].contains("00:15"))
        #expect(live.journal.progress == [15])
        live.clock.advance(1)
        live.app.step(nil)
        #expect(live.lines[0].contains("00:16"))
        #expect(live.journal.progress == [15])
    }
}
