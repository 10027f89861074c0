import Foundation
import TestSupport
import Testing

/// One call at a time is typed on a data folder, and only while it is typed: another window may sit on the
/// home screen, and nothing deletes the call from under the rep typing it.
@Suite struct CallLockEndToEndTests {
    let data = try! TemporaryDirectory()

    private func live(_ folder: String, account: String) throws -> TmuxSession {
        let session = try TmuxSession("\(BuiltProducts.secondcall) live --data-dir \(folder) --account '\(account)'; echo exit=$?; sleep 60")
        #expect(try session.waitFor(account))
        return session
    }

    @Test func theCallBeingTypedCannotBeDeletedFromAnotherWindow() throws {
        let folder = data.path("typing")
        let imported = try CommandRunner.secondcall(["sessions", "import", "\(Fixtures.corpusCalls.path)/old-wounds.notes", "--data-dir", folder])
        #expect(imported.status == 0)
        let session = try live(folder, account: "Typing Co")
        #expect(try session.say("me: How are the stores doing this spring?"))

        let refused = try CommandRunner.secondcall(["sessions", "delete", "last", "--yes", "--data-dir", folder])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("another SecondCall (pid "), "\(refused.errors)")
        let finished = try CommandRunner.secondcall(["sessions", "delete", "1", "--yes", "--data-dir", folder])
        #expect(finished.output == "deleted call 1\n", "a finished call may go while another is typed: \(finished.errors)")

        // Listed means saved; a failed save keeps the line in the input row and says "Not saved" instead.
        #expect(try session.say("c: Better than last year, the new layout helps."))
        let screen = try session.capture()
        #expect(screen.contains("● saved"))
        #expect(!screen.contains("Not saved"))
        try session.send("C-c")
        try session.send("y")
        #expect(try session.waitFor("exit=0"))
        let notes = try CommandRunner.secondcall(["sessions", "export", "last", "--data-dir", folder]).output
        #expect(notes.contains("me: How are the stores doing this spring?"))
        #expect(notes.contains("c: Better than last year, the new layout helps."))
    }

    @Test func theHomeScreenHoldsNoLockUntilACallStarts() throws {
        let folder = data.path("home")
        let home = try TmuxSession("\(BuiltProducts.secondcall) --data-dir \(folder); echo exit=$?; sleep 60")
        #expect(try home.waitFor("Start a call"))

        let other = try live(folder, account: "Other Window")
        #expect(!(try other.capture()).contains("another SecondCall"))
        try home.send("c")
        #expect(try home.waitFor("another SecondCall (pid "), "a call is being typed in the other window")

        try other.send("C-c")
        try other.send("y")
        #expect(try other.waitFor("exit=0"))
        try home.send("c")
        #expect(try home.waitFor("An unfinished call was found"), "the other window's call, left unfinished, is offered")
    }
}
