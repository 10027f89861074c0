/// Reads a labelled call's `.expected` file: `<line> <barrier>` a line, `#` comments.
public enum CorpusExpectations {
    public struct Expectation: Equatable, Sendable {
        public var line: Int
        public var barrier: String
    }

    public struct Malformed: Error {
        public var line: String
    }

    public static func read(_ text: String) throws -> [Expectation] {
        try text.split(separator: "\n").compactMap { rawLine in
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { return nil }
            let parts = line.split(separator: " ")
            guard parts.count == 2, let number = Int(parts[0]) else { throw Malformed(line: line) }
            return Expectation(line: number, barrier: String(parts[1]))
        }
    }
}
