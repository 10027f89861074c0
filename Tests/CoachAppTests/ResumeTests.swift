import CoachApp
import CoachCore
import CoachPacks
import CoachStore
import CoachTUI
import Foundation
import TestSupport
import Testing

/// A call left unfinished comes back as it was: the launcher offers it, and resuming reads its notes,
/// ticks, floor and clock again from the journal.
@Suite struct ResumeTests {
    static let pack = RulePackLoader.load(directories: [ShippedRules.directory]).pack
    static let checklist = Checklist(items: [
        .init(id: "open", text: "Open with a question about them", stage: .relationship, auto: .openQuestion),
        .init(id: "style", text: "Notice their style", stage: .relationship),
    ])

    @Test func aResumedCallHasItsNotesTicksFloorAndClock() throws {
        let folder = try TemporaryDirectory()
        let store = try CoachStore(directory: folder.url)
        let clock = FakeClock()
        let id = try store.startSession(StoredSession(kind: .live, account: "Acme", contact: "Nick", startedAt: Date()))
        let call = LiveCall(session: CallSession(pack: Self.pack, checklist: Self.checklist),
                            journal: StoreJournal(store: store, sessionID: id, holding: try CallLock(directory: folder.url)), now: { clock.now })
        #expect(call.save("How has the season been?", by: .me) == .done)
        clock.advance(20)
        #expect(call.passFloor() == .done)
        #expect(call.save("Flat, and the shelves look tired.", by: .customer) == .done)
        #expect(call.setTicked("style", true) == .done)
        clock.advance(25)
        #expect(call.keepProgress(at: call.session.elapsed(at: clock.now)) == .done)

        let resumed = LiveCall.resuming(try store.call(id), pack: Self.pack, checklist: Self.checklist,
                                        nudgeInterval: NudgeRationing.defaultInterval, journal: nil, now: { clock.now })
        #expect(resumed.session.notes == call.session.notes)
        #expect(resumed.session.ticked == ["open", "style"])
        #expect(resumed.session.clock.holder == .them)
        #expect(resumed.session.elapsed(at: clock.now) == 45)
        clock.advance(5)
        #expect(resumed.session.elapsed(at: clock.now) == 50, "the clock runs on from where it stopped")
    }

    @Test func theLauncherOffersAnUnfinishedCallBackAndResumesIt() throws {
        let folder = try TemporaryDirectory()
        let store = try CoachStore(directory: folder.url)
        let clock = FakeClock()
        let setup = CallSetup(store: store, takeLock: { try CallLock(directory: folder.url) }, pack: Self.pack, checklist: Self.checklist,
                              now: { clock.now })
        let launcher = LiveCallLauncher(setup, account: "Acme Retail", contact: "Nick", team: .none)
        do {
            let terminal = VirtualTerminal(columns: 100, rows: 30)
            let app = App(terminal: terminal, root: try launcher.firstScreen())
            terminal.say("How has the season been?", to: app)
            clock.advance(30)
            app.step(nil)
            #expect(terminal.screenText.contains("How has the season been?"))
        }
        let terminal = VirtualTerminal(columns: 100, rows: 30)
        let app = App(terminal: terminal, root: try launcher.firstScreen())
        app.draw()
        #expect(terminal.screenText.contains("An unfinished call was found"))
        #expect(terminal.screenText.contains("Acme Retail · Nick started"))
        terminal.press([.character("r")], to: app)
        #expect(terminal.screenText.contains("[00:00] me   How has the season been?"))
        #expect(terminal.screenText.contains("00:30"), "the clock where it stopped")
    }
}
