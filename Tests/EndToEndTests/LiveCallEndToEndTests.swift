import Foundation
import TestSupport
import Testing

/// The real binary in a real terminal: a rep types a call, the screen answers, the data survives.
@Suite(.serialized) struct LiveCallEndToEndTests {
    let data = try! TemporaryDirectory()

    private func startLive(columns: Int = 120, rows: Int = 40) throws -> TmuxSession {
        try TmuxSession(
            "printf 'shell prompt\\n'; \(BuiltProducts.secondcall) live --data-dir \(data.url.path) --account 'Retail Co'; echo \"exit=$?\"; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo; sleep 60",
            columns: columns, rows: rows)
    }

    /// Types the labelled pitch-first call: rep lines as typed, Tab whenever the floor passes.
    private func typePitchFirstCall(_ session: TmuxSession) throws {
        let notes = try Fixtures.text("calls/pitch-first.notes").split(separator: "\n").dropFirst(2)
        var repHasFloor = true
        for line in notes {
            let text = String(line.drop { $0 != "]" }.dropFirst(2))
            let isRep = text.hasPrefix("me: ")
            if isRep != repHasFloor {
                try session.send("Tab")
                repHasFloor = isRep
            }
            let said = text.drop { $0 != ":" }.dropFirst(2)
            try session.type(String(said))
            try session.send("Enter")
            // Listed under its speaker once saved; the same words in the input row are not yet a note.
            #expect(try session.waitFor((isRep ? "me   " : "them ") + said.prefix(30)))
        }
    }

    @Test func aRepTypesACallAndSeesFlagsGaugesAndAResize() throws {
        let session = try startLive()
        #expect(try session.waitFor("Retail Co"))
        try typePitchFirstCall(session)
        let expected = ["⚑ pitching: Talking about us, not about them", "⚑ impatience: They are telling you it is too soon",
                        "⚑ pride-enthusiasm", "them OK. We mostly wanted to understand", "flags 7", "questions 0, 0 open", "● saved"]
        let screen = try session.waitUntil { screen in expected.allSatisfy(screen.contains) } ?? session.capture()
        for text in expected { #expect(screen.contains(text)) }

        try session.resize(columns: 80, rows: 24)
        // The short gauges are the new size's header; the hint bar, its last row, is drawn after them.
        let resized = try session.waitUntil { screen in
            screen.contains(" q, 0 open") && screen.split(separator: "\n").contains { $0.hasPrefix("Enter save") }
        } ?? session.capture()
        let small = resized.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(small.count == 24)
        #expect(resized.contains(" q, 0 open"))
        #expect(small.contains { $0.hasPrefix("Enter save") })

        try session.send("C-c")
        #expect(try session.waitFor("The call stays unfinished"))
        try session.send("y")
        #expect(try session.waitFor("exit=0"))
        #expect(try session.waitFor("icanon"))
        let after = try session.capture()
        #expect(after.contains("shell prompt"))
        #expect(after.contains("icanon echo"))

        let export = try CommandRunner.secondcall(["sessions", "export", "last", "--data-dir", data.url.path])
        #expect(export.output.contains("me: I will do anything to earn your business."))
        let check = try CommandRunner.secondcall(["check", "-"], input: export.output)
        #expect(check.output.contains("7 flags in 1 file"))
    }

    @Test func killNineLosesNoNoteThatWasShownAndTheCallIsOfferedBack() throws {
        // Two runs in one pane: the first is killed, the second finds the call and gives the shell its modes back.
        // The second waits for a file the test creates, so what the first left on the screen is read first.
        let run = "\(BuiltProducts.secondcall) live --data-dir \(data.url.path) --account 'Retail Co'; echo \"exit=$?\"; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo"
        let next = data.path("next-run")
        let session = try TmuxSession("\(run); while [ ! -e \(next) ]; do sleep 0.1; done; \(run); sleep 60", columns: 120, rows: 40)
        #expect(try session.waitFor("Retail Co"))
        try session.type("How has the season been?")
        try session.send("Enter", "Tab")
        try session.type("Flat. Footfall is up and sales are not.")
        try session.send("Enter")
        #expect(try session.waitFor("them Flat. Footfall is up"))
        #expect(try session.signal(SIGKILL))
        #expect(try session.waitFor("exit=137"))
        #expect(try session.waitFor("-icanon -echo"), "a killed process cannot restore the terminal")

        let list = try CommandRunner.secondcall(["sessions", "list", "--data-dir", data.url.path])
        #expect(list.output.contains("live, unfinished"))
        let export = try CommandRunner.secondcall(["sessions", "export", "last", "--data-dir", data.url.path])
        #expect(export.output.contains("me: How has the season been?"))
        #expect(export.output.contains("c: Flat. Footfall is up and sales are not."))

        FileManager.default.createFile(atPath: next, contents: nil)
        #expect(try session.waitFor("An unfinished call was found"))
        try session.send("r")
        // The input row is drawn after the notes above it.
        #expect(try session.waitUntil { $0.contains("them Flat. Footfall is up") && $0.contains("them ▸") } != nil,
                "the floor is where it was")
        try session.send("C-c")
        try session.send("y")
        #expect(try session.waitFor("exit=0"))
        #expect(try session.waitFor("icanon echo"), "the next run leaves the shell its line mode")
    }

    @Test func aSecondSecondCallOnTheSameDataIsRefused() throws {
        let first = try startLive()
        #expect(try first.waitFor("Retail Co"))
        let second = try CommandRunner.secondcall(["live", "--data-dir", data.url.path])
        #expect(second.status == 2)
        #expect(second.errors.contains("another SecondCall (pid "))
        try first.send("C-c")
        try first.send("y")
    }
}
