import CoachCore
import CoachTUI
import TestSupport
import Testing

/// PgUp and PgDn move the notes a page at a time and stop at the first and the newest note.
@Suite struct NotesScrollTests {
    @Test(arguments: ScreenSize.both) func scrollingStopsAtTheFirstAndLastNotes(size: ScreenSize) {
        let live = LiveHarness(size)
        for index in 1...40 { live.say("c: answer number \(index)") }
        let newest = live.notes
        #expect(newest.last?.hasSuffix("answer number 40") == true)
        for _ in 0..<10 { live.press(.pageUp) }
        let oldest = live.notes
        #expect(oldest.first?.hasSuffix("answer number 1") == true, "the first note at the top, not an empty pane")
        #expect(oldest.count == newest.count, "the pane is full at the top too")
        live.press(.pageDown)
        let firstPage = live.notes
        #expect(firstPage.first != oldest.first)
        live.press(.pageUp)
        #expect(live.notes == oldest, "PgUp after PgDn lands where it was")
        for _ in 0..<10 { live.press(.pageDown) }
        #expect(live.notes == newest)
    }

    @Test func aPageKeepsOneLineInViewSoTheEyeKeepsItsPlace() {
        let live = LiveHarness(.small)
        for index in 1...40 { live.say("c: answer number \(index)") }
        let before = live.notes
        live.press(.pageUp)
        #expect(live.notes.last == before.first)
    }
}
