import Foundation
import TestSupport
import Testing

/// Ctrl-Z hands the terminal back to the shell like any program; `fg` brings the screen back whole.
@Suite(.serialized) struct SuspendEndToEndTests {
    @Test(arguments: ScreenSize.both) func ctrlZSuspendsAndFgRestoresTheScreen(size: ScreenSize) throws {
        let data = try TemporaryDirectory()
        let session = try TmuxSession("PS1='shell$ ' exec bash --norc --noprofile -i", columns: size.columns, rows: size.rows)
        #expect(try session.waitFor("shell$"))
        try session.type("\(BuiltProducts.secondcall) live --data-dir \(data.url.path) --account 'Pause Co'")
        try session.send("Enter")
        #expect(try session.waitFor("Pause Co"))
        try session.type("How has the season been?")
        try session.send("Enter")
        #expect(try session.waitFor("me   How has the season been?"))
        try session.send("C-z")
        #expect(try session.waitFor("Stopped"))
        let suspended = try session.capture()
        #expect(!suspended.contains("Enter save"), "the shell has the terminal")
        try session.type("fg")
        try session.send("Enter")
        let back = try session.waitUntil { screen in
            ["Enter save", "me   How has the season been?", "Pause Co"].allSatisfy(screen.contains)
        } ?? session.capture()
        #expect(back.contains("Enter save"))
        #expect(back.contains("me   How has the season been?"))
        #expect(back.contains("Pause Co"))
        #expect(!back.contains("Stopped"), "the whole screen is drawn again")
        try session.type("c: Flat.")
        try session.send("Enter")
        #expect(try session.waitFor("them Flat."))
        try session.send("C-c")
        try session.send("y")
        #expect(try session.waitFor("shell$"))
    }
}
