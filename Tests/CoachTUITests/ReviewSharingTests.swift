import CoachCore
import CoachStore
import CoachTUI
import Foundation
import TestSupport
import Testing

/// The review screen's per-call choice of sharing the notes with the rep's team.
@Suite struct ReviewSharingTests {
    private static func review() -> CallReview {
        CallReview(account: "Acme", contact: "Nick", startedAt: Date(timeIntervalSince1970: 1_790_000_000), duration: 60,
                   notes: [.said(.me, "What would a good season look like?", at: 5)], flags: [], floorChanges: [], plan: nil, ticks: [:])
    }

    @Test func sSharesTheNotesAndAgainKeepsThemHere() {
        final class Choices { var made: [Bool] = [] }
        let choices = Choices()
        let terminal = VirtualTerminal(columns: 120, rows: 24)
        let screen = ReviewScreen(review: Self.review(), setDismissed: { _, _ in }, setTicked: { _, _ in },
                                  sharing: ReviewScreen.NotesSharing(shared: false) { choices.made.append($0) })
        let app = App(terminal: terminal, root: screen)
        app.draw()
        #expect(terminal.screenText.contains("notes kept here (s shares)"))
        terminal.queue([.character("s")])
        app.drainKeys()
        #expect(terminal.screenText.contains("notes shared with the team"))
        terminal.queue([.character("s")])
        app.drainKeys()
        #expect(terminal.screenText.contains("notes kept here"))
        #expect(choices.made == [true, false])
    }

    @Test func withoutATeamThereIsNoChoiceAndAFailedChoiceIsSaid() {
        let terminal = VirtualTerminal(columns: 120, rows: 24)
        let app = App(terminal: terminal, root: ReviewScreen(review: Self.review(), setDismissed: { _, _ in }, setTicked: { _, _ in }))
        app.draw()
        #expect(!terminal.screenText.contains("notes kept here"))

        struct Offline: Error, CustomStringConvertible { var description: String { "no team joined" } }
        let failing = App(terminal: terminal, root: ReviewScreen(review: Self.review(), setDismissed: { _, _ in }, setTicked: { _, _ in },
                                                               sharing: ReviewScreen.NotesSharing(shared: false) { _ in throw Offline() }))
        failing.draw()
        terminal.queue([.character("s")])
        failing.drainKeys()
        #expect(terminal.screenText.contains("Not shared: no team joined"))
        #expect(terminal.screenText.contains("notes kept here"))
    }
}
