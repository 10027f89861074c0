import CoachCore
import CoachTUI
import TestSupport
import Testing

/// A rep fixes a saved note: ↑ on an empty line chooses it; Enter edits it, d deletes it, s gives it to
/// the other speaker, u undoes the last fix. Each fix is saved and the flags are read again.
@Suite struct NoteFixingTests {
    /// Three notes typed as a rep types them, the second by mistake as the rep's.
    private func call(_ size: ScreenSize) -> LiveHarness {
        let live = LiveHarness(size)
        live.say("How has the season been?")
        live.say("talked 4 min abt our roadmap")
        live.say("c: Flat, and your last rollout was months late.")
        return live
    }

    @Test(arguments: ScreenSize.both) func upOnAnEmptyLineChoosesTheNewestNoteAndTheKeysShow(size: ScreenSize) {
        let live = call(size)
        live.press(.up)
        #expect(live.coach.hasPrefix("Choose the note to fix: ↑↓, then Enter to edit it, d to delete"))
        #expect(live.hintBar.hasPrefix("Enter edit  d delete  s who  u undo  Esc back  F1 help"))
        let chosen = live.lines.firstIndex { $0.contains("them Flat, and your last") }!
        #expect(live.terminal.frame[8, chosen].style.reverse, "the chosen note is highlighted")
        live.press(.up)
        #expect(!live.terminal.frame[8, chosen].style.reverse)
        live.press(.escape)
        #expect(live.hintBar.hasPrefix("Enter save"))
        #expect(live.input == "me ▸")
    }

    @Test(arguments: ScreenSize.both) func editingANoteSavesTheFixAndReadsTheFlagsAgain(size: ScreenSize) {
        let live = LiveHarness(size)
        live.say("Let me tell you a bit about us first.")
        live.say("c: Sure.")
        #expect(live.text.contains("⚑ pitching"))
        live.press(.up, .up, .enter)
        #expect(live.input == "fix me ▸ Let me tell you a bit about us first.")
        #expect(live.coach.contains("Fixing [00:00] me: Let me tell you a bit about us first."))
        live.press(.control("u"))
        live.type("How has the season been for the stores?")
        live.press(.enter)
        #expect(live.input == "me ▸")
        #expect(live.text.contains("me   How has the season been for the stores?"))
        #expect(!live.text.contains("⚑ pitching"), "the flag went with the words that raised it")
        #expect(live.text.contains("✓ Open question"))
        #expect(live.journal.notes.map(\.text) == ["How has the season been for the stores?", "Sure."])
        #expect(live.journal.flags.map(\.rule).contains("strength-open-question"))
        #expect(!live.journal.flags.contains { $0.barrier == .pitching })
        #expect(live.journal.changes.count == 1)
    }

    @Test(arguments: ScreenSize.both) func aNoteGivenToTheWrongSpeakerIsMovedWithS(size: ScreenSize) {
        let live = call(size)
        live.press(.up, .up, .character("s"))
        #expect(live.text.contains("them talked 4 min abt our roadmap"))
        live.press(.character("s"))
        #expect(live.text.contains("note talked 4 min abt our roadmap"))
        #expect(live.journal.notes[1] == .said(.observation, "talked 4 min abt our roadmap", at: 0))
        live.press(.character("u"))
        #expect(live.text.contains("them talked 4 min abt our roadmap"))
        #expect(live.journal.notes[1].speaker == .customer)
    }

    @Test(arguments: ScreenSize.both) func deletingANoteAndUndoingIt(size: ScreenSize) {
        let live = call(size)
        #expect(live.lines[1].contains("flags 1"), "the note typed as the rep's reads as a pitch")
        live.press(.up, .up, .character("d"))
        #expect(!live.text.contains("roadmap"))
        #expect(live.lines[1].contains("flags 0"))
        #expect(live.journal.notes.count == 2)
        live.press(.character("u"))
        #expect(live.text.contains("me   talked 4 min abt our roadmap"))
        #expect(live.journal.notes.count == 3)
        live.press(.character("d"), .escape)
        #expect(!live.text.contains("roadmap"))
        live.say("/undo")
        #expect(live.text.contains("me   talked 4 min abt our roadmap"), "/undo on the input line undoes the last fix too")
        live.say("/undo")
        #expect(live.coach.contains("Nothing to undo"))
    }

    @Test func fixingAnEarlierNoteReadsTheCallAgainFromThere() {
        let live = LiveHarness()
        live.say("c: Honestly, your last rollout was months late.")
        live.say("Our new version fixes all of that.")
        live.say("Can I walk you through the roadmap?")
        #expect(live.text.contains("⚑ unaddressed-history"))
        live.press(.up, .up, .enter, .control("u"))
        live.type("I'm sorry, that must have hurt. What happened?")
        live.press(.enter)
        #expect(!live.text.contains("⚑ unaddressed-history"), "the history is acknowledged now")
        #expect(!live.journal.flags.contains { $0.barrier == .unaddressedHistory })
    }

    @Test func aFixThatCannotBeSavedLeavesTheNoteAsItWas() {
        let live = call(ScreenSize.small)
        live.journal.failing = true
        live.press(.up, .character("d"))
        #expect(live.text.contains("them Flat, and your last rollout"))
        #expect(live.coach.contains("Not saved, so the note is as it was: the disk is full"))
        #expect(live.journal.notes.count == 3)
    }

    @Test func escapeWhileFixingKeepsTheNote() {
        let live = call(ScreenSize.small)
        live.press(.up, .enter, .control("u"))
        live.type("something else")
        live.press(.escape)
        #expect(live.text.contains("them Flat, and your last rollout"))
        #expect(live.input == "me ▸")
        #expect(live.journal.changes.isEmpty)
    }
}
