import CoachTUI
import Testing

@Suite struct CallDetailsScreenTests {
    @Test func asksForAccountThenContactThenStarts() {
        var started: (String, String)?
        let screen = CallDetailsScreen { account, contact in
            started = (account, contact)
            return .quit
        }
        let terminal = VirtualTerminal(columns: 80, rows: 24)
        let app = App(terminal: terminal, root: screen)
        app.draw()
        #expect(terminal.screenText.contains("Account:"))
        terminal.type("Acme Retail")
        terminal.queue([.enter])
        terminal.type("Nick")
        app.drainKeys()
        #expect(terminal.screenText.contains("Contact:  Nick"))
        #expect(started == nil)
        terminal.queue([.enter])
        app.drainKeys()
        #expect(started?.0 == "Acme Retail")
        #expect(started?.1 == "Nick")
    }
}
