import Foundation

/// Runs the built `secondcall` binary and collects what it printed. A run that has not ended after `limitSeconds`
/// is killed and says so in its errors, so a command that hangs fails its test instead of the whole suite.
public enum CommandRunner {
    public static let limitSeconds = 180

    public struct Result {
        public var status: Int32
        public var output: String
        public var errors: String
    }

    /// Runs `secondcall` with `arguments` in a shell, so the test can redirect its input: `shellSuffix` is
    /// added after them as is (e.g. "< /dev/zero").
    public static func secondcall(_ arguments: [String], shellSuffix: String) throws -> Result {
        let quoted = ([BuiltProducts.secondcall] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        return try run("/bin/sh", ["-c", quoted.joined(separator: " ") + " " + shellSuffix], input: nil, environment: [:])
    }

    public static func secondcall(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> Result {
        try run(BuiltProducts.secondcall, arguments, input: input, environment: environment)
    }

    private static func run(_ executable: String, _ arguments: [String], input: String?, environment: [String: String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        let errors = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        let watchdog = Watchdog(pid: process.processIdentifier)
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(limitSeconds)) { watchdog.killUnlessEnded() }
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let killed = watchdog.ended()
        let printed = String(decoding: errorData, as: UTF8.self)
        let killing = "\n[killed: secondcall \(arguments.joined(separator: " ")) had not ended after \(limitSeconds) s]"
        return Result(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                      errors: killed ? printed + killing : printed)
    }
}

/// Kills one run of the binary that outlived the limit, unless it ended first.
private final class Watchdog: @unchecked Sendable {
    private let pid: pid_t
    private let lock = NSLock()
    private var hasEnded = false
    private var killed = false

    init(pid: pid_t) { self.pid = pid }

    func killUnlessEnded() {
        lock.withLock {
            guard !hasEnded else { return }
            killed = true
            kill(pid, SIGKILL)
        }
    }

    /// Marks the run ended; returns whether the watchdog had killed it.
    func ended() -> Bool {
        lock.withLock {
            hasEnded = true
            return killed
        }
    }
}
