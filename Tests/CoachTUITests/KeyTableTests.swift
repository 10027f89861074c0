import CoachTUI
import TestSupport
import Testing

/// Every screen and mode answers keys from a table: no key bound twice, `?` an entry of each, and the hint
/// bar and help drawn from the table the screen answers now.
@Suite struct KeyTableTests {
    enum Action: Sendable { case one, two }

    @Test func aKeyBoundTwiceInOneTableIsFound() {
        let twice = KeyTable<Action>(title: "Twice", [
            KeyBinding([.enter, .character("o")], .one, label: "one", help: "the first"),
            KeyBinding([.tab, .enter], .two, label: "two", help: "the second"),
        ])
        #expect(twice.sharedKeys == [.enter])
        let onEmptyLine = KeyTable<Action>(title: "On an empty line", [.help(.one), .helpWhileTyping(.two)])
        #expect(onEmptyLine.sharedKeys == [.function(1), .character("?")])
    }

    @Test func aKeyBoundOnAnEmptyLineIsTextOnALineBeingTyped() {
        let table = KeyTable<Action>(title: "Typing", [.helpWhileTyping(.one)])
        #expect(table.action(for: .character("?"), lineIsEmpty: true) == .one)
        #expect(table.action(for: .character("?"), lineIsEmpty: false) == nil)
        #expect(table.helpLines.map(\.help) == ["show these keys (also ? on an empty line)"])
    }

    @Test func everyScreenAndModeHasATableWithNoKeyBoundTwice() throws {
        for shot in try ScreenCatalogue.shots(.small) {
            let table = shot.app.topScreen.keyTable
            #expect(table.sharedKeys.isEmpty, "\(shot.name): \(table.title) binds \(table.sharedKeys) more than once")
        }
    }

    /// `?` shows the keys of whatever screen or mode is showing; on the help itself it closes it.
    @Test func questionMarkShowsTheKeysOfEveryScreenAndMode() throws {
        for shot in try ScreenCatalogue.shots(.small) {
            let terminal = shot.app.terminal as! VirtualTerminal
            let title = shot.app.topScreen.keyTable.title
            // A line being typed takes `?` as text: it is cleared first.
            terminal.press([.control("u"), .character("?")], to: shot.app)
            if title == "Help" {
                #expect(!terminal.screenText.contains("Keys: "), "\(shot.name): ? closes the help")
            } else {
                #expect(terminal.screenText.contains("Keys: \(title)"), "\(shot.name): ? shows the keys\n\(terminal.screenText)")
            }
        }
    }

    @Test func theHintBarIsTheModes() {
        let live = LiveHarness(.small)
        live.say("How has the season been?")
        live.press(.function(4))
        #expect(live.hintBar.hasPrefix("Space tick  Esc back  ? help"))
        live.press(.escape, .up, .enter)
        #expect(live.hintBar.hasPrefix("Enter save the fix  Esc cancel  S-Tab who  F1 help"))
    }

    /// At a stage with nothing on the checklist there is nothing to tick: the typing keys stay, `?` with them.
    @Test func aStageWithNothingToTickKeepsTheTypingKeys() {
        let live = LiveHarness(.small)
        live.say("/stage commitment")
        live.press(.function(4))
        #expect(live.hintBar.hasPrefix("Enter save  Tab floor"))
        live.press(.character("?"))
        #expect(live.text.contains("Keys: Live call"))
    }
}

extension KeyTableTests.Action: Equatable {}
