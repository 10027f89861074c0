import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct SmokeTests {
    let data = try! TemporaryDirectory()

    @Test func homeScreenShowsTheNameAndHintsAndQuitsCleanly() throws {
        let binary = "SECONDCALL_DATA_DIR=\(data.url.path) \(BuiltProducts.secondcall)"
        #expect(FileManager.default.isExecutableFile(atPath: BuiltProducts.secondcall), "build the package first")
        let session = try TmuxSession(
            "printf 'before the app\\n'; \(binary); echo \"exit=$?\"; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo; sleep 60",
            columns: 100, rows: 30)
        // The hint bar is the last row drawn: the whole home screen is there once it shows.
        let screen = try session.waitUntil { $0.contains("SecondCall") && $0.contains("q quit") } ?? session.capture()
        #expect(screen.contains("Start a call"))
        #expect(screen.contains("Enter open"))
        #expect(screen.contains("? help"))
        #expect(screen.contains("q quit"))
        #expect(!screen.contains("before the app"), "the app draws on its own screen")

        try session.send("q")
        #expect(try session.waitFor("exit=0"))
        #expect(try session.waitFor("icanon"))
        let after = try session.capture()
        #expect(after.contains("before the app"), "the shell's screen is back")
        #expect(after.contains("icanon echo"), "line editing and echo are restored: \(after)")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let binary = "SECONDCALL_DATA_DIR=\(data.url.path) \(BuiltProducts.secondcall)"
        let session = try TmuxSession(
            "\(binary); echo \"exit=$?\"; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo; sleep 60")
        #expect(try session.waitFor("SecondCall"))
        #expect(try session.signal(SIGTERM))
        #expect(try session.waitFor("exit="))
        #expect(try session.waitFor("icanon"))
        let after = try session.capture()
        #expect(after.contains("exit=143"))
        #expect(after.contains("icanon echo"), "\(after)")
    }

    @Test func aDumbTerminalIsAClearErrorAndExitTwo() throws {
        let session = try TmuxSession("TERM=dumb \(BuiltProducts.secondcall) --data-dir \(data.url.path); echo \"exit=$?\"; sleep 60")
        #expect(try session.waitFor("exit=2"))
        #expect(try session.capture().contains("TERM is 'dumb'"))
    }

    @Test func sighupRestoresTheTerminal() throws {
        let session = try TmuxSession("\(BuiltProducts.secondcall) --data-dir \(data.url.path); echo \"exit=$?\"; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo; sleep 60")
        #expect(try session.waitFor("SecondCall"))
        #expect(try session.signal(SIGHUP))
        #expect(try session.waitFor("icanon"))
        let after = try session.capture()
        #expect(after.contains("exit=129"))
        #expect(after.contains("icanon echo"))
    }

    /// With NO_COLOR the screen uses no colour, only bold and reverse.
    @Test func noColorIsHonoured() throws {
        let colourful = try TmuxSession("env -u NO_COLOR \(BuiltProducts.secondcall) --data-dir \(data.url.path)")
        #expect(try colourful.waitFor("q quit"))
        let coloured = try colourful.capture(escapes: true)
        #expect(coloured.contains("\u{1B}[36m"), "cyan title when colour is allowed: \(coloured.prefix(200).debugDescription)")
        let plain = try TmuxSession("NO_COLOR=1 \(BuiltProducts.secondcall) --data-dir \(data.url.path)-plain")
        #expect(try plain.waitFor("q quit"), "the whole screen is drawn before its colours are read")
        let screen = try plain.capture(escapes: true)
        #expect((30...37).allSatisfy { !screen.contains("\u{1B}[\($0)m") }, "no foreground colour sequences")
        #expect(screen.contains("\u{1B}[1m") || screen.contains("\u{1B}[7m"), "bold or reverse still mark things")
    }
}
