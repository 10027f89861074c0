import CoachCore
import Foundation
import CoachTUI
import TestSupport
import Testing

/// The coach line: the whole tip, wrapped at words, and a nudge that does not outlive its moment.
@Suite struct CoachLineTests {
    @Test(arguments: ScreenSize.both) func theWholeTipShowsWrappedAtWords(size: ScreenSize) throws {
        let live = LiveHarness(size)
        live.say("So what does your company do?")
        let flag = try #require(live.journal.flags.first { $0.barrier == .lackOfPreparation })
        let shown = live.coach.split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "─ ")) }
        #expect(shown.count >= 2, "the tip takes a second line rather than being cut")
        #expect(shown.joined(separator: " ") == "⚑ \(flag.message) → \(flag.tip)")
    }

    @Test func aTipTooLongForThreeLinesEndsWithAPointerAndF6ShowsItWhole() throws {
        let live = LiveHarness(ScreenSize(70, 18))
        live.say("So what does your company do?")
        #expect(live.coach.contains("… F6 whole tip"))
        live.press(.function(6))
        let flag = try #require(live.journal.flags.first { $0.barrier == .lackOfPreparation })
        #expect(live.text.contains("The nudge"))
        let overlay = live.lines.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }.joined(separator: " ")
        #expect(overlay.contains(flag.tip.split(separator: " ").suffix(4).joined(separator: " ")))
        #expect(overlay.contains("Seen in: [00:00] me: So what does your company do?"))
        live.press(.escape)
        #expect(!live.text.contains("The nudge"))
    }

    @Test(arguments: ScreenSize.both) func aNudgeFadesAfterAMinuteOfCallTime(size: ScreenSize) {
        let live = LiveHarness(size)
        live.say("Let me tell you about our history.")
        #expect(live.coach.contains("⚑ Talking about us"))
        live.wait(59)
        #expect(live.coach.contains("⚑ Talking about us"))
        live.wait(1)
        #expect(!live.coach.contains("⚑"), "a minute on, the nudge has faded")
        #expect(live.text.contains("⚑ pitching"), "the flag stays under its note")
    }

    @Test func aResolvedConditionClearsItsNudge() throws {
        let live = LiveHarness()
        live.say("c: Honestly, your last rollout was months late.")
        live.say("Our new version fixes all of that.")
        live.say("Can I walk you through the roadmap?")
        #expect(live.coach.contains("⚑ A bad past experience left unanswered"))
        let flag = try #require(live.journal.flags.first { $0.barrier == .unaddressedHistory })
        live.say("Sorry, I skipped past that. What happened with the rollout?")
        live.screen.session.resolve(flag)
        live.app.step(nil)
        live.wait(1)
        #expect(!live.coach.contains("⚑ A bad past"), "the engine reported the history answered")
    }
}
