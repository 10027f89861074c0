/// A problem found in a file, with where it is and what to do about it.
public struct Diagnostic: Equatable, Sendable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable, Codable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// A place in a file: 1-based line and column.
    public struct Position: Equatable, Sendable {
        public var line: Int
        public var column: Int

        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(line: Int, column: Int, severity: Severity = .error, _ message: String) {
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public var description: String { "\(line):\(column): \(severity.rawValue): \(message)" }

    /// The compilers' form, `path:line:col: severity: message`, that editors jump to.
    public func formatted(path: String) -> String { "\(path):\(description)" }
}
