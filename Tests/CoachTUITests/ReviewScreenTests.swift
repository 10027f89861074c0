import CoachApp
import CoachCore
import CoachPacks
import CoachStore
import CoachTUI
import Foundation
import TestSupport
import Testing

/// The review of labelled calls, imported into a store as `secondcall sessions import` does, and opened as
/// the app opens it.
@Suite struct ReviewScreenTests {
    static let pack = RulePackLoader.load(directories: [ShippedRules.directory]).pack

    final class Harness {
        let folder: TemporaryDirectory
        let store: CoachStore
        let id: Int64
        let terminal: VirtualTerminal
        let app: App

        init(call name: String, plan: CallPlan? = nil, columns: Int = 100, rows: Int = 32) throws {
            folder = try TemporaryDirectory()
            store = try CoachStore(directory: folder.url)
            var document = NotesParser.parse(try Fixtures.text(name)).document
            // The plan goes in the front matter, as a planned call's export carries it, and is kept with the call.
            document.frontMatter["plan"] = try plan.map(PlanFileWriter.write)
            id = try store.importCall(document, flags: RuleEngine.flags(for: document.notes, pack: ReviewScreenTests.pack, plan: plan),
                                      startedAt: Date(timeIntervalSince1970: 1_790_000_000))
            terminal = VirtualTerminal(columns: columns, rows: rows)
            app = App(terminal: terminal, root: try ReviewScreens(store: store, team: .none).screen(for: id))
            app.draw()
        }

        var text: String { terminal.screenText }
        var lines: [String] { text.components(separatedBy: "\n") }

        func press(_ keys: Key...) {
            terminal.queue(keys)
            app.drainKeys()
        }
    }

    @Test func theSummaryAndTheCountsByBarrier() throws {
        let review = try Harness(call: "calls/pitch-first.notes")
        #expect(review.lines[0].hasPrefix("Review  A call · 03:10 · reached relationship · "))
        #expect(review.lines[1].hasPrefix("Talk share 89% me / 11% them (by note times)  best calls 43:57"))
        #expect(review.lines[2].hasPrefix("Questions 0, best 11–14 · needs 0 · next step: none agreed"))
        #expect(review.text.contains(" Barriers (7)   What went well (0)   Plan (none)"))
        #expect(review.text.contains("P  Pitching (5)"))
        #expect(review.text.contains("I  Impatience (1)"))
        #expect(review.text.contains("E  Pride and enthusiasm unchecked (1)"))
    }

    @Test func timelineMarksSitAtTheirMoments() throws {
        let review = try Harness(call: "calls/pitch-first.notes")
        // 190 s across 100 columns: 00:05 → column 3, 00:20 → 10, 01:40 → 52, 02:40 → 83.
        let marks = Array(review.lines[5])
        #expect(marks[3] == "P")
        #expect(marks[10] == "P")
        #expect(marks[52] == "I" || marks[52] == "P")
        #expect(marks[83] == "P")
        // The floor bar: the rep holds it until the customer speaks at 01:30 (column 47).
        let floor = Array(review.lines[4])
        #expect(floor[20] == "▀")
        #expect(floor[48] == "▄")
    }

    @Test func theSelectedFlagShowsItsNoteInContextAndEnterOpensTheCallThere() throws {
        let review = try Harness(call: "calls/pitch-first.notes")
        #expect(review.text.contains("▸ [00:05] me: Thanks for taking the call. Let me start by telling you a bit about us."))
        #expect(review.text.contains("Instead: "))
        review.press(.down)
        #expect(review.text.contains("▸ [00:20] me: We have been in business since 1987"))
        #expect(review.text.contains("  [00:05] me: Thanks for taking the call."))
        review.press(.enter)
        #expect(review.lines[0].hasPrefix("The call  A call  note 3 of 9"))
        review.press(.escape)
        #expect(review.lines[0].hasPrefix("Review"))
    }

    @Test func movingAlongTheTimelineSelectsTheFlagsInTime() throws {
        let review = try Harness(call: "calls/pitch-first.notes")
        // In time: pitching at 00:05, 00:20 and 00:45, pride at 00:45, then pitching and impatience at 01:40.
        review.press(.right, .right)
        #expect(review.text.contains("▸ [00:45] me: Our solution is the market leader"))
        #expect(review.text.contains("⚑ pitching: Selling us with superlatives"))
        review.press(.right)
        #expect(review.text.contains("⚑ pride-enthusiasm: Enthusiasm for us running ahead of them"))
        review.press(.right, .right, .right, .right)
        #expect(review.text.contains("▸ [02:40] me: I will do anything to earn your business."))
        review.press(.left)
        #expect(review.text.contains("▸ [01:40] me: Absolutely, let me show you our inventory module"))
    }

    @Test func aDismissalIsKeptAndCountedOut() throws {
        let review = try Harness(call: "calls/pitch-first.notes")
        review.press(.character("d"))
        #expect(review.text.contains("(dismissed: not a barrier)"))
        #expect(review.text.contains(" Barriers (6) "))
        #expect(review.text.contains("P  Pitching (4)"))
        let stored = try review.store.call(review.id).flags.filter(\.dismissed)
        #expect(stored.map(\.noteIndex) == [1])
        #expect(try review.store.call(review.id).session.flagCount == 6)

        let reopened = VirtualTerminal(columns: 100, rows: 32)
        let app = App(terminal: reopened, root: try ReviewScreens(store: review.store, team: .none).screen(for: review.id))
        app.draw()
        #expect(reopened.screenText.contains("P  Pitching (4)"))
        review.press(.character("d"))
        #expect(try review.store.call(review.id).flags.filter(\.dismissed).isEmpty)
    }

    @Test func aCleanCallSaysSoAndListsWhatWentWell() throws {
        let review = try Harness(call: "calls/retail-shelves-ideal.notes")
        #expect(review.text.contains("No barriers flagged on this call."))
        review.press(.tab)
        #expect(review.text.contains("Open question: me: What do you think is behind that gap?"))
    }

    @Test func thePlanSitsBesideTheCallAndObjectivesAreTicked() throws {
        let plan = CallPlan(objectives: ["Learn what stands behind the flat sales", "Find out who else has a say"],
                            questions: ["What do you think is behind that gap?"])
        let review = try Harness(call: "calls/retail-shelves-ideal.notes", plan: plan)
        review.press(.tab, .tab)
        #expect(review.text.contains("Objectives: what did you learn? (Space ticks)"))
        #expect(review.text.contains("Homework left blank: what they sell, and to whom;"))
        review.press(.down, .character(" "))
        #expect(review.text.contains("☑ Find out who else has a say"))
        #expect(try review.store.call(review.id).ticks["plan-objective-2"] == true)
    }
}
