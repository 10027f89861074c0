import CoachTUI
import Testing

@Suite struct HomeScreenTests {
    private func makeApp(columns: Int = 80, rows: Int = 24) -> (App, VirtualTerminal) {
        let terminal = VirtualTerminal(columns: columns, rows: rows)
        let home = HomeScreen { entry in .unavailable("\(entry.rawValue): could not open") }
        let app = App(terminal: terminal, root: home)
        app.draw()
        return (app, terminal)
    }

    @Test func showsTheNameTheEntriesAndTheHintBar() {
        let (_, terminal) = makeApp()
        let lines = terminal.screenText.components(separatedBy: "\n")
        #expect(lines[1].contains("SecondCall"))
        #expect(lines[3].contains("▸ Start a call"))
        #expect(lines[23] == "Enter open  ? help  q quit")
    }

    @Test func arrowsMoveTheSelectionAndEnterReportsWhatIsMissing() {
        let (app, terminal) = makeApp()
        terminal.queue([.down, .down, .enter])
        app.drainKeys()
        #expect(terminal.screenText.contains("▸ Practise with a scripted customer"))
        #expect(terminal.screenText.contains("Practise with a scripted customer: could not open"))
    }

    @Test func helpOverlayListsEveryKeyAndEscapeClosesIt() {
        let (app, terminal) = makeApp()
        terminal.queue([.character("?")])
        app.drainKeys()
        #expect(terminal.screenText.contains("Keys: Home"))
        #expect(terminal.screenText.contains("↑/k"))
        #expect(terminal.screenText.contains("q/^C"))
        terminal.queue([.escape])
        app.drainKeys()
        #expect(!terminal.screenText.contains("Keys: Home"))
        #expect(!app.isFinished)
    }

    @Test func aTooSmallWindowAsksToBeMadeLarger() {
        let (app, terminal) = makeApp()
        terminal.resize(columns: 20, rows: 5)
        app.drainKeys()
        #expect(terminal.screenText.contains("Make the window"))
        terminal.resize(columns: 80, rows: 24)
        app.drainKeys()
        #expect(terminal.screenText.contains("Start a call"))
    }

    @Test func quitFinishesTheApp() {
        let (app, terminal) = makeApp()
        terminal.type("q")
        app.drainKeys()
        #expect(app.isFinished)
    }
}
