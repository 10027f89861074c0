import CoachCore
import Foundation
import Testing

/// The parts of a review the corpus golden files do not reach: dismissals, the plan, untimed calls.
@Suite struct ReviewReportTests {
    static let notes: [Note] = [
        .said(.me, "Let me tell you about us."),
        .said(.customer, "We mostly care about stock counts."),
        .said(.me, "What makes stock counts hard today?"),
    ]

    static func review(dismissed: Bool, plan: CallPlan? = nil, ticks: [String: Bool] = [:]) -> CallReview {
        let flags = [
            Flag(rule: "pitching-about-us", target: .barrier(.pitching), severity: .warning, noteIndex: 0,
                 message: "Talking about us", tip: "Ask about them.", evidence: "about us", dismissed: dismissed),
            Flag(rule: "strength-open-question", target: .strength(.openQuestion), severity: .suggestion, noteIndex: 2,
                 message: "Open question", tip: "", evidence: "What makes"),
        ]
        return CallReview(account: "Acme", contact: "", startedAt: Date(timeIntervalSince1970: 0), duration: 0, notes: notes,
                          flags: flags, floorChanges: [], plan: plan, ticks: ticks)
    }

    @Test func anUntimedCallMeasuresTalkShareByWordsAndNumbersItsNotes() {
        let review = Self.review(dismissed: false)
        #expect(review.talkShareSource == .words)
        #expect(review.talkShareText == "67% me / 33% them (by words)", "12 rep words, 6 customer words")
        #expect(review.moment(ofNote: 2) == "#3")
        #expect(review.position(ofNote: 1) == 0.5)
        #expect(review.questionsText == "1 (1 open, 100%)")
    }

    @Test func aDismissedFlagIsShownAsSuchAndNotCounted() {
        let markdown = MarkdownReport.render(Self.review(dismissed: true))
        #expect(markdown.contains("## Barriers (0)"))
        #expect(markdown.contains("- #1 **Talking about us** (dismissed: not a barrier) `pitching-about-us`"))
        #expect(markdown.contains("- #3 **Open question**: me: What makes stock counts hard today?"))
        let html = HTMLReport.render(Self.review(dismissed: true))
        #expect(html.contains("<li class=\"dismissed\">#1 <strong>Talking about us</strong> (dismissed: not a barrier)"))
        #expect(!html.contains("<circle"), "a dismissed flag leaves the timeline")
    }

    @Test func thePlanIsSetBesideTheCall() throws {
        var plan = CallPlan(objectives: ["Learn what makes stock counts hard"], questions: ["What makes stock counts hard today?", "Who signs off?"])
        for index in plan.prep.indices where index > 0 { plan.prep[index].answer = "done" }
        let review = Self.review(dismissed: false, plan: plan, ticks: ["plan-objective-1": true, "plan-question-1": true])
        let markdown = MarkdownReport.render(review)
        #expect(markdown.contains("- [x] Learn what makes stock counts hard"))
        #expect(markdown.contains("- [x] What makes stock counts hard today?\n- [ ] Who signs off?"))
        #expect(markdown.contains("Homework left blank: what they sell, and to whom."))
        let json = try CallJSON.render([CallJSON.Call(review: review)])
        #expect(json.contains("\"blankPrep\" : [\n          \"what they sell, and to whom\"\n        ]"))
    }

    @Test func sparklinesRiseWithTheNumbers() {
        #expect(Sparkline.of([0, 1, 2, 7]) == "▁▂▃█")
        #expect(Sparkline.of([3, 3]) == "▄▄")
        #expect(Sparkline.of([0, 0]) == "▁▁")
    }
}
