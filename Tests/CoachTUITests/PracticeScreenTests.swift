import CoachApp
import CoachCore
import CoachPacks
import CoachTUI
import Testing
import TestSupport

@Suite struct PracticeScreenTests {
    static let pack = RulePackLoader.load(directories: [ShippedRules.directory]).pack
    static let scenarios = ScenarioLoader.load(extraDirectories: [Fixtures.packageRoot.appendingPathComponent("Resources/scenarios").path],
                                               includeShipped: false)

    final class Harness {
        let terminal = VirtualTerminal(columns: 110, rows: 30)
        let journal = MemoryJournal()
        let app: App

        init(_ id: String) throws {
            let scenario = try #require(PracticeScreenTests.scenarios.scenario(id: id))
            let run = PracticeRun(scenario: scenario, pack: PracticeScreenTests.pack, checklist: Checklist(items: []),
                                  lexicon: try ScenarioLoader.loadLexicon())
            let screen = PracticeScreen(practice: PracticeCall(run: run, journal: journal, now: { 0 })) { run in
                DebriefScreen(debrief: Debrief(run), title: run.scenario.title, review: nil)
            }
            app = App(terminal: terminal, root: screen)
            app.draw()
        }

        var text: String { terminal.screenText }

        func say(_ line: String) {
            terminal.say(line, to: app)
        }

        func press(_ keys: Key...) { terminal.press(keys, to: app) }
    }

    @Test func theCustomerOpensAndAnswersAndTrustMoves() throws {
        let practice = try Harness("retail-shelves")
        #expect(practice.text.contains("Practice  The retailer whose shelves cost him sales"))
        #expect(practice.text.contains("[00:00] them Thanks for calling. I've got about twenty minutes."))
        #expect(practice.text.contains("trust ████░░░░░░ 40   needs 0/3"))
        practice.say("Thanks for making the time, Nick. How has the season been across the stores?")
        #expect(practice.text.contains("[00:00] them Honestly? People come in and can't find things."))
        #expect(practice.text.contains("trust ████░░░░░░ 46   needs 1/3"))
        #expect(practice.text.contains("✔ shelves laid out so shoppers"))
        #expect(practice.text.contains("open question (+6)"))
        #expect(practice.journal.notes.count == 4, "the rep's line, the customer's answer, the opportunity stage and the need")
        practice.say("Let me tell you a bit about us. We have been in business since 1987.")
        #expect(practice.text.contains("pitch (-12)"))
        #expect(practice.text.contains("⚑ Talking about us, not about them"))
        #expect(practice.journal.flags.contains { $0.rule == "pitching-about-us" })
    }

    @Test func aTurnShowsOnlyOnceItIsSaved() throws {
        let practice = try Harness("retail-shelves")
        practice.journal.failing = true
        practice.say("Thanks for making the time, Nick. How has the season been across the stores?")
        #expect(!practice.text.contains("People come in and can't find things."))
        #expect(practice.text.contains("Not saved: the disk is full"))
        #expect(practice.text.contains("me ▸ Thanks for making the time, Nick."), "the line is kept to try again")
        #expect(practice.text.contains("trust ████░░░░░░ 40   needs 0/3"))
        #expect(practice.text.contains("turn 0/"))
        practice.journal.failing = false
        practice.press(.enter)
        #expect(practice.text.contains("[00:00] them Honestly? People come in and can't find things."))
        #expect(practice.text.contains("trust ████░░░░░░ 46   needs 1/3"))
        #expect(practice.journal.notes.count == 4, "the rep's line, the customer's answer, the stage and the need, saved together")
        #expect(!practice.text.contains("Not saved"))
    }

    @Test func theBriefIsOneKeyAway() throws {
        let practice = try Harness("old-wounds")
        practice.press(.function(2))
        #expect(practice.text.contains("Brief: The customer we let down last time"))
        #expect(practice.text.contains("Maria Okon, Operations director, Calder Adhesives"))
        practice.press(.escape)
        #expect(!practice.text.contains("Brief:"))
    }

    @Test func aWonCallEndsInTheDebrief() throws {
        let practice = try Harness("not-a-fit")
        practice.say("Thanks for calling back, Tom. How do you book repairs in the shop today?")
        practice.say("It sounds like the paper diary works well for three of you. Honestly, I don't think we're the right fit for a shop your size.")
        #expect(practice.text.contains("You earned the second call. Enter: the debrief"))
        practice.say("one more line")
        #expect(practice.journal.notes.count == 6, "nothing more is said once the call is over")
        practice.press(.enter)
        #expect(practice.text.contains("Debrief  The prospect who is not a fit"))
        #expect(practice.text.contains("needs uncovered: 1/2"))
        #expect(practice.text.contains("missed: no budget beyond a few pounds a month"))
        #expect(practice.journal.endedAt != nil)
    }
}
