import Foundation

/// Drives a program in a real terminal: a private tmux server, keys sent in, the pane read back.
public final class TmuxSession {
    public let socket = "secondcall-test-\(UUID().uuidString.prefix(8))"
    private let target = "call"

    private let script: URL

    /// Starts `shellCommand` (run by `sh` from a script file, so nothing is expanded twice) in a pane of
    /// the given size.
    public init(_ shellCommand: String, columns: Int = 100, rows: Int = 30, environment: [String: String] = [:]) throws {
        script = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).sh")
        let exports = environment.map { "export \($0.key)='\($0.value)'\n" }.joined()
        try (exports + shellCommand + "\n").write(to: script, atomically: true, encoding: .utf8)
        try Self.run(["tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", target,
                      "-x", "\(columns)", "-y", "\(rows)", "sh \(script.path)"], captureOutput: false)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: script)
    }

    /// Sends a signal to the process named `name` running under the pane's shell; false if none runs.
    @discardableResult
    public func signal(_ signalNumber: Int32, to name: String = "secondcall") throws -> Bool {
        let shell = try tmux(["display-message", "-p", "-t", target, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try Self.run(["pgrep", "-P", shell, "-x", name])
        guard let pid = children.split(separator: "\n").first.flatMap({ Int32($0) }) else { return false }
        return kill(pid, signalNumber) == 0
    }

    /// Sends tmux key names ("Tab", "Enter", "C-c", "Escape") or, with `literal`, text as typed.
    public func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", target] + (literal ? ["-l"] : []) + keys)
    }

    public func type(_ text: String) throws { try send(text, literal: true) }

    /// Sends raw bytes, as a broken terminal would (e.g. invalid UTF-8).
    public func sendBytes(_ bytes: [UInt8]) throws {
        try tmux(["send-keys", "-t", target, "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    /// Pastes a file's bytes into the pane, as a terminal paste does: all at once.
    public func paste(_ file: URL) throws {
        try tmux(["load-buffer", file.path])
        try tmux(["paste-buffer", "-t", target])
    }

    public func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The pane's text now; with `escapes`, with the colour and attribute sequences too.
    public func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", target] + (escapes ? ["-e"] : []))
    }

    /// Polls the pane until `text` shows (true) or `seconds` pass (false).
    @discardableResult
    public func waitFor(_ text: String, seconds: Double = 15) throws -> Bool {
        try waitUntil(seconds: seconds) { $0.contains(text) } != nil
    }

    /// Polls the pane until `condition` holds for one captured screen and returns that screen, or nil when
    /// `seconds` pass. A screen reaches the pane in pieces and a key is handled some time after it is sent:
    /// a test that reads more than the text it waited for waits for all of it here, and one that checks
    /// something is absent first waits for a sign that the screen it means is drawn.
    public func waitUntil(seconds: Double = 15, _ condition: (String) -> Bool) throws -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let screen = try capture()
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Self.run(["tmux", "-L", socket] + arguments)
    }

    /// Runs a command through `system`, not `Process`: Foundation's `Process` waits for the forked tmux
    /// server too, which never ends while the session lives.
    @discardableResult
    private static func run(_ arguments: [String], captureOutput: Bool = true) throws -> String {
        let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outputFile) }
        let quoted = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let target = captureOutput ? outputFile.path : "/dev/null"
        let status = system("\(quoted) </dev/null >'\(target)' 2>&1")
        guard status != -1 else { throw TmuxError.couldNotRun(arguments.joined(separator: " ")) }
        return captureOutput ? ((try? String(contentsOf: outputFile, encoding: .utf8)) ?? "") : ""
    }
}

extension TmuxSession {
    /// Types `me: …` or `c: …` on the live screen with Enter, and waits until the notes list shows it saved
    /// (`me   …`, `them …`): the line still in the input row does not count.
    @discardableResult
    public func say(_ line: String) throws -> Bool {
        let listed = if line.hasPrefix("me: ") { "me   \(line.dropFirst(4).prefix(20))" }
            else if line.hasPrefix("c: ") { "them \(line.dropFirst(3).prefix(20))" }
            else { preconditionFailure("say() types lines that start with 'me: ' or 'c: '") }
        try type(line)
        try send("Enter")
        return try waitFor(listed)
    }
}

public enum TmuxError: Error {
    case couldNotRun(String)
}

/// Where the built `secondcall` binary is: beside the test bundle.
public enum BuiltProducts {
    public static var secondcall: String {
        if let override = ProcessInfo.processInfo.environment["SECONDCALL_BIN"] { return override }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !directory.path.hasSuffix("/debug") && !directory.path.hasSuffix("/release") && directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("secondcall").path
    }
}
