import CoachTUI
import TestSupport
import Testing

/// Drawing a screen changes nothing: the same state draws the same frame however often, at whatever size,
/// and the time shown is the time the last key or tick read.
@Suite struct PureRenderTests {
    @Test func drawingAtAnotherSizeLeavesEveryScreenAsItWas() throws {
        for shot in try ScreenCatalogue.shots(.small) {
            let terminal = shot.app.terminal as! VirtualTerminal
            let before = ScreenSnapshot.text(terminal.frame)
            for size in [TerminalSize(columns: 400, rows: 150), TerminalSize(columns: 70, rows: 18)] {
                var canvas = Canvas(size: size)
                shot.app.topScreen.render(into: &canvas)
            }
            shot.app.draw()
            #expect(ScreenSnapshot.text(terminal.frame) == before, "\(shot.name) changed by being drawn elsewhere")
        }
    }

    @Test func theLiveScreenShowsTheTimeItLastRead() {
        let live = LiveHarness(.small)
        live.say("How has the season been?")
        live.clock.advance(65)
        live.app.draw()
        #expect(live.lines[0].contains("00:00"), "a frame drawn without a tick reads no clock")
        live.wait(0)
        #expect(live.lines[0].contains("01:05"))
    }
}
