import CoachCore
import CoachTUI
import TestSupport
import Testing

/// The input line on the live screen: a refused line never swallows the next, and one key marks a line
/// as a private note.
@Suite struct LiveInputTests {
    @Test(arguments: ScreenSize.both) func aRefusedLineIsKeptSelectedAndTheNextKeyReplacesIt(size: ScreenSize) {
        let live = LiveHarness(size)
        live.say("/stg opportunity")
        #expect(live.coach.contains("✖ unknown command '/stg'"))
        #expect(live.input == "me ▸ /stg opportunity")
        let inputRow = size.rows - 2
        #expect(live.terminal.frame[5, inputRow].style.reverse, "the refused line is selected")
        live.say("How has the season been?")
        #expect(live.journal.notes == [.said(.me, "How has the season been?", at: 0)], "the next note is not glued onto it")
        #expect(!live.coach.contains("✖"), "the error went when the line changed")
        #expect(live.input == "me ▸")
    }

    @Test func movingTheCaretKeepsARefusedLineToFixIt() {
        let live = LiveHarness(.small)
        live.say("/stg opportunity")
        live.press(.home, .right, .right)
        live.press(.delete, .delete)
        live.type("tage")
        #expect(live.input == "me ▸ /stage opportunity")
        #expect(!live.coach.contains("✖"))
        live.press(.enter)
        #expect(live.journal.notes.first?.body == .stage(.opportunity))
    }

    @Test(arguments: ScreenSize.both) func shiftTabMarksTheLineAPrivateNote(size: ScreenSize) {
        let live = LiveHarness(size)
        #expect(live.hintBar.contains("S-Tab note"))
        live.press(.backTab)
        #expect(live.input == "them ▸")
        live.press(.backTab)
        #expect(live.input == "note ▸")
        live.say("talked 4 min abt our roadmap")
        #expect(live.journal.notes == [.said(.observation, "talked 4 min abt our roadmap", at: 0)])
        #expect(live.text.contains("note talked 4 min abt our roadmap"))
        #expect(live.input == "me ▸", "the label goes back to whoever holds the floor")
        live.press(.control("o"), .control("o"), .control("o"))
        #expect(live.input == "me ▸", "Ctrl-O cycles too: them, note, me")
    }

    @Test(arguments: ScreenSize.both) func helpListsTheCommandsAndPrefixes(size: ScreenSize) {
        let live = LiveHarness(size)
        live.press(.function(1))
        var seen = live.text
        for _ in 0..<40 {
            live.press(.down)
            seen += live.text
        }
        for text in ["Keys: Live call", "S-Tab/^O", "/need TEXT", "/next TEXT", "/mark TEXT", "/stage NAME", "/undo", "me: c: them:",
                     "private:", "^U", "^Z", "suspend SecondCall"] {
            #expect(seen.contains(text), "help shows \(text)")
        }
    }
}
