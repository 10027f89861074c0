import CoachCore
import CoachPacks
import CoachResources
import Foundation

enum RulesBenchmark {
    static func run() throws {
        let loadSeconds = Measure.median(runs: 11) {
            _ = RulePackLoader.load(directories: [ShippedResources.rulesDirectory]).pack
        }
        let pack = RulePackLoader.load(directories: [ShippedResources.rulesDirectory]).pack
        print("load and compile the default pack (\(pack.rules.count) rules): median \(Measure.format(loadSeconds * 1000, 2)) ms (target < 20 ms)")

        let noteCount = 100_000
        let text = SyntheticCall.text(lineCount: noteCount)
        let notes = NotesParser.parse(text).document.notes
        var flagCount = 0
        let evaluateSeconds = Measure.median {
            flagCount = RuleEngine.flags(for: notes, pack: pack).count
        }
        let notesPerSecond = Double(noteCount) / evaluateSeconds
        print("evaluate \(noteCount) notes with the full pack: median \(Measure.format(evaluateSeconds * 1000)) ms, \(flagCount) flags")
        print("notes/s: \(Int(notesPerSecond))  (target >= 1,000,000: \(notesPerSecond >= 1_000_000 ? "met" : "NOT met"))")

        if let grepSeconds = try grepFloor(pack: pack, text: text) {
            print("grep -E -i -c -f (the pack's \(PackPhrases.expanded(pack).count) phrases, same notes): median \(Measure.format(grepSeconds * 1000)) ms")
            print("ratio engine/grep: \(Measure.format(evaluateSeconds / grepSeconds, 2))x (grep only counts matching lines; the engine also runs every rule kind)")
        }
    }

    /// The same phrases as extended regular expressions, run by grep over the same notes.
    private static func grepFloor(pack: RulePack, text: String) throws -> Double? {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("secondcall-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let patterns = directory.appendingPathComponent("phrases.txt")
        let corpus = directory.appendingPathComponent("call.notes")
        let expressions = PackPhrases.expanded(pack).map(regularExpression)
        try expressions.joined(separator: "\n").write(to: patterns, atomically: true, encoding: .utf8)
        try text.write(to: corpus, atomically: true, encoding: .utf8)
        return try Measure.median {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["grep", "-E", "-i", "-c", "-f", patterns.path, corpus.path]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
        }
    }

    private static func regularExpression(_ words: PhraseExpansion.Words) -> String {
        let pieces = words.map { piece -> String in
            switch piece {
            case .word(let word): word.replacingOccurrences(of: "'", with: "['’]")
            case .prefix(let stem): stem + "[[:alnum:]]*"
            case .anyWord, .vocabulary: "[[:alnum:]'’]+"
            }
        }
        return "\\b" + pieces.joined(separator: "[^[:alnum:]]+") + "\\b"
    }
}
