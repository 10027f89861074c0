import CoachApp
import CoachCore
import CoachPacks
import CoachTUI
import Testing
import TestSupport

/// A live call made from a plan: its questions on the checklist, the flags only a plan can raise, and its
/// objectives ticked when the call ends.
@Suite struct PlannedCallTests {
    static let pack = RulePackLoader.load(directories: [ShippedRules.directory]).pack
    static let checklist = Checklist(items: [
        .init(id: "open", text: "Open with a question about them", stage: .relationship, auto: .openQuestion),
    ])

    static var plan: CallPlan {
        var plan = CallPlan(account: "Acme Retail", contact: "Nick",
                            objectives: ["I need to understand what stock losses cost them", "Learn who else has a say"],
                            questions: ["What systems do you use for stock counts?", "Who else signs off on a new supplier?"])
        for index in plan.prep.indices where index < 4 { plan.prep[index].answer = "known" }
        return plan
    }

    final class Harness {
        let clock = FakeClock()
        let journal = MemoryJournal()
        let session: CallSession
        let terminal = VirtualTerminal(columns: 110, rows: 30)
        let app: App

        init() {
            session = CallSession(pack: PlannedCallTests.pack, checklist: PlannedCallTests.checklist, plan: PlannedCallTests.plan)
            let clock = clock
            let screen = LiveCallScreen(call: LiveCall(session: session, journal: journal, now: { clock.now })) { _ in nil }
            app = App(terminal: terminal, root: screen)
            app.draw()
        }

        var text: String { terminal.screenText }

        func say(_ line: String) {
            clock.advance(5)
            terminal.say(line, to: app)
        }

        func press(_ keys: Key...) { terminal.press(keys, to: app) }
    }

    @Test func plannedQuestionsShowAsAChecklistGroupAndTickWhenAsked() {
        let call = Harness()
        #expect(call.text.contains("Planned questions"))
        #expect(call.text.contains("☐ What systems do you use for"))
        call.say("me: What systems do you use today for stock counts?")
        #expect(call.text.contains("☑ What systems do you use for"))
        #expect(call.journal.ticks["plan-question-1"] == true)
        #expect(call.text.contains("☐ Who else signs off on a new"))
    }

    @Test func blankHomeworkIsFlaggedOnceAtTheStart() {
        let call = Harness()
        call.say("me: Thanks for making the time, Nick.")
        #expect(call.text.contains("Homework left blank in the plan"))
        #expect(call.journal.flags.first { $0.rule == "preparation-blank-prep" }?.evidence
                == "3 of 7 prep items blank: recent news, their history with us, and anything to acknowledge, what a second call would be for")
        call.say("me: How has the season been?")
        #expect(call.journal.flags.filter { $0.rule == "preparation-blank-prep" }.count == 1)
    }

    @Test func aPlannedQuestionTheCustomerAlreadyAnsweredRaisesPlanAttachment() {
        let call = Harness()
        call.say("c: Stock counts are still done on paper across all the stores.")
        call.say("me: Which systems handle your stock counts today?")
        #expect(call.text.contains("That planned question is answered already"))
        #expect(call.journal.flags.contains { $0.rule == "plan-attachment-planned-question" && $0.noteIndex == 1 })
    }
}

@Suite struct ChecklistScrollTests {
    @Test func aSelectedItemBelowThePaneScrollsIntoView() {
        let plan = CallPlan(questions: (1...12).map { "Planned question number \($0)?" })
        let session = CallSession(pack: RulePack(rules: []), checklist: Checklist(items: []), plan: plan)
        let terminal = VirtualTerminal(columns: 100, rows: 20)
        let app = App(terminal: terminal, root: LiveCallScreen(call: LiveCall(session: session, journal: nil, now: { 0 })) { _ in nil })
        app.draw()
        #expect(!terminal.screenText.contains("number 12?"))
        terminal.queue([.function(4)] + Array(repeating: Key.down, count: 11))
        app.drainKeys()
        #expect(terminal.screenText.contains("number 12?"))
        #expect(!terminal.screenText.contains("number 1?"))
    }
}
