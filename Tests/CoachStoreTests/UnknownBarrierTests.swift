import CoachCore
import CoachStore
import Foundation
import GRDB
import TestSupport
import Testing

/// A flag stored under a barrier this version does not know (a newer SecondCall's) is said, not dropped.
@Suite struct UnknownBarrierTests {
    @Test func aFlagUnderAnUnknownBarrierIsReportedInTheReview() throws {
        let directory = try TemporaryDirectory()
        let store = try CoachStore(directory: directory.url)
        let note = Note.said(.me, "Let me tell you about us.", at: 5)
        let flag = Flag(rule: "about-us", target: .barrier(.pitching), severity: .warning, noteIndex: 0, span: nil,
                        message: "Talking about us", tip: "Ask about them", evidence: "about us")
        let id = try store.importCall(NotesDocument(notes: [note, .said(.me, "We are the best.", at: 9)]),
                                      flags: [flag, Flag(rule: "superlative", target: .barrier(.prideEnthusiasm), severity: .warning,
                                                         noteIndex: 1, span: nil, message: "Superlatives", tip: "Ask", evidence: "best")],
                                      startedAt: Date(timeIntervalSince1970: 1_790_000_000))
        let queue = try DatabaseQueue(path: directory.path("secondcall.sqlite"))
        try queue.write { try $0.execute(sql: "UPDATE flag SET target = 'over-promising' WHERE notePosition = 1") }
        try queue.close()

        let review = try CoachStore(readingFrom: directory.url).call(id).review(plan: nil)
        #expect(review.barriers.map(\.rule) == ["about-us"])
        #expect(review.unknownFlags == [UnknownFlag(noteIndex: 1, rule: "superlative", target: "over-promising")])
        #expect(MarkdownReport.render(review).contains(
            "Not shown: 1 flag under 'over-promising', which this version does not know; a newer SecondCall reads them."))
        #expect(HTMLReport.render(review).contains("<p>Not shown: 1 flag under &#39;over-promising&#39;"))
        #expect(try CallJSON.render([CallJSON.Call(review: review)]).contains("\"target\" : \"over-promising\""))
        let trend = TrendReport.render([review, review])
        #expect(trend.contains("pride-enthusiasm      ▁▁     0 0"))
        #expect(trend.contains("Not counted: 2 flags under 'over-promising', which this version does not know; a newer SecondCall reads them."))
    }
}
