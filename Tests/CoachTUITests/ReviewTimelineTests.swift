import CoachCore
import CoachPacks
import CoachTUI
import Foundation
import TestSupport
import Testing

/// The review's timeline: flags at one moment are stacked or counted, never hidden under each other.
@Suite struct ReviewTimelineTests {
    static let pack = RulePackLoader.load(directories: [ShippedRules.directory]).pack

    private func review(_ notes: String, size: ScreenSize) -> (VirtualTerminal, CallReview) {
        let document = NotesParser.parse(notes).document
        let flags = RuleEngine.flags(for: document.notes, pack: Self.pack)
        let review = CallReview(account: "Acme", contact: "Nick", startedAt: Date(timeIntervalSince1970: 0), duration: 0,
                                notes: document.notes, flags: flags, floorChanges: [], plan: nil, ticks: [:])
        let terminal = VirtualTerminal(columns: size.columns, rows: size.rows)
        let app = App(terminal: terminal, root: ReviewScreen(review: review, setDismissed: { _, _ in }, setTicked: { _, _ in }))
        app.draw()
        return (terminal, review)
    }

    @Test(arguments: ScreenSize.both) func twoFlagsAtOneMomentStack(size: ScreenSize) throws {
        let (terminal, review) = review(try Fixtures.text("calls/pitch-first.notes"), size: size)
        let lines = terminal.screenText.components(separatedBy: "\n")
        let atOnce = review.barriers.filter { $0.noteIndex == 5 }
        #expect(atOnce.count == 2, "pitching and impatience at 01:40")
        let x = Int((review.position(ofNote: 5) * Double(size.columns - 1)).rounded())
        let stacked = [Array(lines[5]).dropFirst(x).first, Array(lines[6]).dropFirst(x).first].compactMap { $0 }
        #expect(Set(stacked) == Set(atOnce.compactMap { $0.target.barrier?.traits.mark }))
    }

    @Test(arguments: ScreenSize.both) func moreThanTwoAtOneMomentAreCounted(size: ScreenSize) throws {
        let notes = """
        [00:10] me: How has the season been?
        [01:00] me: Let me tell you a bit about us.
        [01:00] me: It's a real game-changer!
        [01:00] me: My manager keeps asking me about this one.
        [02:00] c: Not yet.
        """
        let (terminal, review) = review(notes, size: size)
        let atOnce = review.barriers.filter { (1...3).contains($0.noteIndex) }
        #expect(atOnce.count == 3)
        let lines = terminal.screenText.components(separatedBy: "\n")
        let x = Int((review.position(ofNote: 1) * Double(size.columns - 1)).rounded())
        #expect(Array(lines[6]).dropFirst(x).first == "3")
        #expect(Array(lines[5]).dropFirst(x).first == "P", "the first of them, as the list selects it")
        #expect(lines[7].contains("(a number: flags at that moment)"))
    }

    @Test func aFlagUnderABarrierThisVersionDoesNotKnowIsSaidInTheList() throws {
        let document = NotesParser.parse(try Fixtures.text("calls/pitch-first.notes")).document
        var review = CallReview(account: "Acme", contact: "Nick", startedAt: Date(timeIntervalSince1970: 0), duration: 0,
                                notes: document.notes, flags: [], floorChanges: [], plan: nil, ticks: [:])
        review.unknownFlags = [UnknownFlag(noteIndex: 2, rule: "over-promise", target: "over-promising")]
        let terminal = VirtualTerminal(columns: 120, rows: 30)
        let app = App(terminal: terminal, root: ReviewScreen(review: review, setDismissed: { _, _ in }, setTicked: { _, _ in }))
        app.draw()
        #expect(terminal.screenText.contains("No barriers flagged on this call."))
        #expect(terminal.screenText.contains("Not shown: 1 flag under 'over-promising', which this version does not know;"))
    }
}
