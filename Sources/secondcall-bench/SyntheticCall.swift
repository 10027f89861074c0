import Foundation
import CoachCore

/// A long call in the notes format made from a fixed mix of realistic lines, the same every run.
enum SyntheticCall {
    static let lines = [
        "me: How has the season been across the stores?",
        "c: Busy, but honestly the numbers are flat. Footfall is up and sales are not.",
        "me: What do you think is behind that gap?",
        "c: People walk in, can't find what they came for, and walk out.",
        "she sounds tired of the topic",
        "me: Let me tell you about our platform, it has forty integrations and a mobile app!",
        "c: We tried something like that last time and it was three months late.",
        "me: So if I'm hearing you right, the staff want to do it well but nobody showed them how?",
        "/need store staff need shelf training that sticks",
        "me: I really need to get this deal closed this quarter; can I send you pricing?",
        "c: Like I said, we are not ready for a demo.",
        "me: Imagine your stores six months from now with great shelves. What would be different?",
    ]

    private static let frontMatter = "---\naccount: Benchmark Retail\n---\n"

    /// The call's line `index`, three seconds after the one before.
    private static func line(_ index: Int) -> String {
        "[\(NotesWriter.formatElapsed(index * 3))] \(lines[index % lines.count])\n"
    }

    static func text(lineCount: Int) -> String {
        var out = frontMatter
        out.reserveCapacity(lineCount * 70)
        for index in 0..<lineCount { out += line(index) }
        return out
    }

    /// The same call written to a file in pieces, so a long one never sits whole in memory.
    static func write(lineCount: Int, to path: String) throws {
        FileManager.default.createFile(atPath: path, contents: nil)
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? file.close() }
        var out = frontMatter
        for index in 0..<lineCount {
            out += line(index)
            if out.utf8.count > 1 << 20 {
                try file.write(contentsOf: Data(out.utf8))
                out = ""
            }
        }
        try file.write(contentsOf: Data(out.utf8))
    }

    static func notes(count: Int) -> [Note] {
        NotesParser.parse(text(lineCount: count)).document.notes
    }
}
