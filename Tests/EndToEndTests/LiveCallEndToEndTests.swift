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
            try session.type(String(text.drop { $0 != ":" }.dropFirst(2)))
            try session.send("Enter")
            #expect(try session.waitFor(String(text.drop { $0 != ":" }.dropFirst(2).prefix(30)), seconds: 5))
        }
    }

    @Test func aRepTypesACallAndSeesFlagsGaugesAndAResize() throws {
        let session = try startLive()
        #expect(try session.waitFor("Retail Co"))
        try typePitchFirstCall(session)
        let screen = try session.capture()
        #expect(screen.contains("⚑ pitching: Talking about us, not about them"))
        #expect(screen.contains("⚑ impatience: They are telling you it is too soon"))
        #expect(screen.contains("⚑ pride-enthusiasm"))
        #expect(screen.contains("them OK. We mostly wanted to understand"))
        #expect(screen.contains("flags 7"))
        #expect(screen.contains("questions 0, 0 open"))
        #expect(screen.contains("● saved"))

        try session.resize(columns: 80, rows: 24)
        #expect(try session.waitFor(" q, 0 open"))
        let small = try session.capture().split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(small.count == 24)
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
        #expect(try session.waitFor("them Flat. Footfall is up"))
        #expect(try session.capture().contains("them ▸"), "the floor is where it was")
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
