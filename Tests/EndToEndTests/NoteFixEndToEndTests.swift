import Foundation
import TestSupport
import Testing

/// A rep fixes a wrong note in the real binary: the fix survives `kill -9`, and the review and exports
/// show the call as corrected.
@Suite(.serialized) struct NoteFixEndToEndTests {
    @Test(arguments: ScreenSize.both) func aFixIsSavedAndSurvivesKillNine(size: ScreenSize) throws {
        let data = try TemporaryDirectory()
        let run = "\(BuiltProducts.secondcall) live --data-dir \(data.url.path) --account 'Fix Co'; echo \"exit=$?\""
        // The second run waits for a file the test creates, so the first run's exit is read before it draws.
        let next = data.path("next-run")
        let session = try TmuxSession("\(run); while [ ! -e \(next) ]; do sleep 0.1; done; \(run); sleep 60",
                                      columns: size.columns, rows: size.rows)
        #expect(try session.waitFor("Fix Co"))
        for line in ["Let me tell you all about our company.", "c: Sure, go ahead.", "talked 4 min abt our roadmap"] {
            try session.type(line)
            try session.send("Enter")
            #expect(try session.waitFor(String(line.suffix(12))))
        }
        try session.send("Up", "Up", "Up", "Enter", "C-u")
        try session.type("How has the season been for the stores?")
        try session.send("Enter")
        #expect(try session.waitFor("me   How has the season been"))
        try session.send("Up", "s", "s", "Escape")
        #expect(try session.waitFor("note talked 4 min abt our roadmap"))
        // Half-way through another fix: nothing saved is lost when the process dies.
        try session.send("Up", "Up", "Enter", "C-u")
        try session.type("never saved")
        #expect(try session.signal(SIGKILL))
        #expect(try session.waitFor("exit=137"))

        let export = try CommandRunner.secondcall(["sessions", "export", "last", "--data-dir", data.url.path]).output
        let notes = export.split(separator: "\n").filter { $0.hasPrefix("[") }.map { String($0.dropFirst(8)) }
        #expect(notes == ["me: How has the season been for the stores?", "c: Sure, go ahead.", "talked 4 min abt our roadmap"])
        let show = try CommandRunner.secondcall(["sessions", "show", "last", "--data-dir", data.url.path]).output
        #expect(show.contains("## Notes fixed during the call"))
        let fixes = show.split(separator: "\n").filter { $0.hasPrefix("- [") && $0.contains(" note ") }
        #expect(fixes.count == 3, "the edit and the two changes of speaker")
        #expect(fixes.first?.contains("edit note 1: `[00:0") == true && fixes.first?.contains("me: Let me tell you all about our company.` → `") == true)
        #expect(fixes.first?.hasSuffix("me: How has the season been for the stores?`") == true)
        #expect(fixes.last?.contains("edit note 3:") == true && fixes.last?.hasSuffix("] talked 4 min abt our roadmap`") == true)
        let review = try CommandRunner.secondcall(["review", "last", "--format", "md", "--data-dir", data.url.path]).output
        #expect(!review.contains("Describing our offering"), "the rep's line went with the note that was fixed")
        #expect(review.contains("You noted a stretch of talking about us"), "the same words as a note to self are the rep's own report of a pitch")
        #expect(review.contains("Open question"))

        FileManager.default.createFile(atPath: next, contents: nil)
        #expect(try session.waitFor("An unfinished call was found"))
        try session.send("r")
        // The resumed screen is whole once its hint bar, the last row, is drawn below the notes and the input row.
        let resumed = try session.waitUntil { screen in
            screen.contains("me   How has the season been") && screen.split(separator: "\n").contains { $0.hasPrefix("Enter save") }
        }
        #expect(resumed != nil)
        #expect(resumed?.contains("never saved") == false)
        try session.send("C-c")
        try session.send("y")
        #expect(try session.waitFor("exit=0"))
    }
}
