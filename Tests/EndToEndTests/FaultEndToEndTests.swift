import Foundation
import TestSupport
import Testing

/// What a rep's terminal can throw at SecondCall mid-call: signals, a huge paste, a window of any size,
/// an old terminal type, a locale that is not UTF-8. The terminal comes back and no shown note is lost.
@Suite(.serialized) struct FaultEndToEndTests {
    let data = try! TemporaryDirectory()

    /// The live screen in a pane, then the exit status and the terminal modes printed when it ends.
    private func live(columns: Int = 100, rows: Int = 30, environment: [String: String] = [:]) throws -> TmuxSession {
        try TmuxSession(
            "\(BuiltProducts.secondcall) live --data-dir \(data.url.path) --account 'Fault Co'; echo \"exit=$?\"; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo; sleep 60",
            columns: columns, rows: rows, environment: environment)
    }

    private func exportedNotes() throws -> String {
        try CommandRunner.secondcall(["sessions", "export", "last", "--data-dir", data.url.path]).output
    }

    @Test(arguments: [SIGTERM, SIGHUP, SIGQUIT])
    func aSignalMidCallRestoresTheTerminalAndKeepsEveryNote(signal: Int32) throws {
        let session = try live()
        #expect(try session.waitFor("Fault Co"))
        #expect(try session.say("me: How has the quarter been for the stores?"))
        #expect(try session.say("c: Slow, footfall is down since March."), "the note is listed, so saved, before the signal")
        #expect(try session.signal(signal))
        #expect(try session.waitFor("icanon echo"))
        #expect(try session.capture().contains("exit=\(128 + signal)"))
        #expect(!(try session.capture()).contains("crashed"), "no crash report is drawn over the call")
        let notes = try exportedNotes()
        #expect(notes.contains("me: How has the quarter been for the stores?"))
        #expect(notes.contains("c: Slow, footfall is down since March."))
        let list = try CommandRunner.secondcall(["sessions", "list", "--data-dir", data.url.path])
        #expect(list.output.contains("live, unfinished"), "the call is left to be resumed, not ended")
    }

    @Test func aMegabytePasteIsCutAtTheLimitAndTheScreenStaysResponsive() throws {
        let paste = data.url.appendingPathComponent("paste.txt")
        let words = ["stock", "shelf", "ünïcode", "日本", "price", "—", "why?"]
        var text = ""
        var index = 0
        while text.utf8.count < 1_000_000 {
            text += words[index % words.count] + " "
            index += 7
        }
        try text.write(to: paste, atomically: true, encoding: .utf8)
        let session = try live()
        #expect(try session.waitFor("Fault Co"))
        try session.paste(paste)
        try session.send("Enter")
        #expect(try session.waitFor("A line holds at most 10,000 characters", seconds: 60))
        #expect(try session.waitFor("● saved", seconds: 60))
        #expect(try session.say("me: Still here after the paste?"))
        try session.send("C-c")
        try session.send("y")
        #expect(try session.waitFor("icanon echo"))
        let lines = try exportedNotes().split(separator: "\n").filter { $0.hasPrefix("[") }
        #expect(lines.count == 2)
        let pasted = try #require(lines.first?.split(separator: " ", maxSplits: 2).last)
        #expect(pasted.count == 10_000, "the first 10,000 characters of the paste, as typed")
        #expect(text.hasPrefix(String(pasted)))
    }

    @Test func aOneByOneWindowThenAHugeOneAreBothSurvived() throws {
        let session = try live(columns: 1, rows: 1)
        Thread.sleep(forTimeInterval: 1)
        try session.resize(columns: 300, rows: 100)
        // The hint bar is the live screen's last row: drawn last, after the header.
        #expect(try session.waitUntil { screen in
            screen.contains("Fault Co") && screen.split(separator: "\n").contains { $0.hasPrefix("Enter save  Tab floor") }
        } != nil)
        #expect(try session.say("me: What would a good season look like?"))
        try session.resize(columns: 20, rows: 5)
        #expect(try session.waitFor("larger"))
        try session.resize(columns: 100, rows: 30)
        #expect(try session.waitFor("What would a good season"))
        try session.send("C-c")
        try session.send("y")
        #expect(try session.waitFor("exit=0"))
        #expect(try session.waitFor("icanon echo"))
    }

    @Test func bytesThatAreNotUTF8AreDroppedNotStored() throws {
        let session = try live()
        #expect(try session.waitFor("Fault Co"))
        try session.type("me: before ")
        #expect(try session.waitFor("me ▸ me: before"))
        try session.sendBytes([0xFF, 0xFE, 0xC0, 0xAF])
        Thread.sleep(forTimeInterval: 0.3)
        try session.type(" after")
        #expect(try session.waitFor(" after"))
        try session.send("Enter")
        #expect(try session.waitFor("● saved"))
        try session.send("C-c")
        try session.send("y")
        #expect(try session.waitFor("exit=0"))
        let line = try #require(try exportedNotes().split(separator: "\n").last)
        #expect(line.hasPrefix("[00:0"))
        #expect(line.hasSuffix("me: before  after"), "the bad bytes are gone, nothing stands in for them: \(line)")
    }

    @Test func anOldTerminalTypeStillWorks() throws {
        let session = try live(environment: ["TERM": "vt100"])
        #expect(try session.waitFor("Fault Co"))
        #expect(try session.say("me: Walk me through a busy Saturday?"))
        try session.send("C-c")
        try session.send("y")
        #expect(try session.waitFor("exit=0"))
        #expect(try exportedNotes().contains("me: Walk me through a busy Saturday?"))
    }

    @Test func aLocaleThatIsNotUTF8NeverGarblesTheNotes() throws {
        let session = try live(environment: ["LANG": "C", "LC_ALL": "C"])
        #expect(try session.waitFor("Fault Co"))
        #expect(try session.say("me: Grüße aus Zürich — ¿qué tal? 日本の店舗は?"))
        try session.send("C-c")
        try session.send("y")
        #expect(try session.waitFor("exit=0"))
        #expect(try exportedNotes().contains("me: Grüße aus Zürich — ¿qué tal? 日本の店舗は?"))
    }
}
