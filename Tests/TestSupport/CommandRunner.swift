import Foundation

/// Runs the built `secondcall` binary and collects what it printed.
public enum CommandRunner {
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
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                      errors: String(decoding: errorData, as: UTF8.self))
    }
}
