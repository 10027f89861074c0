import Foundation

/// Files the tests read, copied into the repository so a clean clone tests on its own.
public enum Fixtures {
    public static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
    }

    public static var packageRoot: URL {
        root.deletingLastPathComponent().deletingLastPathComponent()
    }

    public static var corpusCalls: URL { root.appendingPathComponent("calls") }

    /// The shared labelled calls (`calls/`) and our own, in other words and industries (`more-calls/`).
    public static func corpusCallNames() throws -> [String] {
        try ["calls", "more-calls"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
                .filter { $0.hasSuffix(".notes") }
                .map { "\(folder)/" + $0.dropLast(".notes".count) }
        }.sorted()
    }

    public static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    }
}
