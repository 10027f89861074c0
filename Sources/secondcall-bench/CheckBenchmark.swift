import CoachCore
import CoachPacks
import CoachResources
import Foundation

/// `secondcall check` as a user runs it, side by side with its floors in the same run: `grep -F -f` over the
/// pack's phrases on a million lines, and `secondcall --version` for starting up.
enum CheckBenchmark {
    static let lineCount = 1_000_000

    static func run() throws {
        guard let secondcall = Subprocess.builtApp() else { return }
        let folder = try BenchFolder("check")
        defer { folder.remove() }
        let notes = folder.path("call.notes")
        try SyntheticCall.write(lineCount: lineCount, to: notes)
        let phrases = folder.path("phrases.txt")
        let pack = RulePackLoader.load(directories: [ShippedResources.rulesDirectory]).pack
        let fixedStrings = PackPhrases.fixedStrings(pack)
        try fixedStrings.joined(separator: "\n").write(toFile: phrases, atomically: true, encoding: .utf8)
        let environment = folder.environment

        // Both write to a file: with its output to /dev/null, grep stops at the first match.
        let grep = Subprocess.median(runs: 5, ["grep", "-F", "-c", "-f", phrases, notes], output: folder.path("grep.out"))
        let check = Subprocess.median(runs: 5, [secondcall, "check", notes], output: folder.path("check.out"), environment: environment)
        let lines = Measure.format(Double(lineCount) / 1e6, 0)
        print("check \(lines)M lines (\(Measure.format(Double(fileSize(notes)) / 1e6, 0)) MB): median \(Measure.ms(check.seconds)), \(Int(Double(lineCount) / check.seconds)) lines/s")
        print("  floor grep -F -c -f (the pack's \(fixedStrings.count) phrases): median \(Measure.ms(grep.seconds))")
        print("  ratio \(Measure.ratio(check.seconds, grep.seconds)) (target <= 4x, moonshot 3x)")
        print("peak RSS, check on \(lines)M lines: \(Measure.mb(check.peakMegabytes)) (target < 64 MB); grep -F: \(Measure.mb(grep.peakMegabytes)); ratio \(Measure.ratio(check.peakMegabytes, grep.peakMegabytes))")

        let oneLine = folder.path("one.notes")
        try "me: Let me tell you a bit about us.\n".write(toFile: oneLine, atomically: true, encoding: .utf8)
        // Taken in turns, so a busy moment on a shared machine weighs on all three alike.
        var version: [Double] = [], cold: [Double] = [], warm: [Double] = []
        for _ in 0..<21 {
            version.append(Subprocess.run([secondcall, "--version"], environment: environment).seconds)
            folder.clearCache()
            cold.append(Subprocess.run([secondcall, "check", oneLine], environment: environment).seconds)
            warm.append(Subprocess.run([secondcall, "check", oneLine], environment: environment).seconds)
        }
        let (versionSeconds, coldSeconds, warmSeconds) = (Measure.percentile(version, 0.5), Measure.percentile(cold, 0.5), Measure.percentile(warm, 0.5))
        print("check on a 1-line file: cold cache \(Measure.ms(coldSeconds)) (\(Measure.ratio(coldSeconds, versionSeconds))), warm cache \(Measure.ms(warmSeconds)) (\(Measure.ratio(warmSeconds, versionSeconds)))")
        print("  floor secondcall --version: median \(Measure.ms(versionSeconds)) (target <= 1.5x)")
    }

    private static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}

/// A temporary folder for one benchmark, with its own cache and configuration folders so that nothing of
/// the user's (their rules, a cached pack) changes the figures.
struct BenchFolder {
    let url: URL

    init(_ name: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("secondcall-bench-\(name)-\(getpid())")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("config"), withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    var environment: [String: String] {
        ["XDG_CACHE_HOME": path("cache"), "XDG_CONFIG_HOME": path("config"), "XDG_DATA_HOME": path("data")]
    }

    func clearCache() { try? FileManager.default.removeItem(atPath: path("cache")) }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// The pack's phrases spelled out, for tools that take fixed strings: each expanded phrase's words, split
/// where a phrase has a wildcard.
enum PackPhrases {
    static func expanded(_ pack: RulePack) -> [PhraseExpansion.Words] {
        var expansion = PhraseExpansion(pack.vocabularies)
        return pack.rules.flatMap { $0.kind.phraseLists.joined() }.flatMap { (try? expansion.expand($0)) ?? [] }
    }

    static func fixedStrings(_ pack: RulePack) -> [String] {
        var seen: Set<String> = []
        var strings: [String] = []
        for words in expanded(pack) {
            var run: [String] = []
            func close() {
                if !run.isEmpty, seen.insert(run.joined(separator: " ")).inserted { strings.append(run.joined(separator: " ")) }
                run = []
            }
            for piece in words {
                switch piece {
                case .word(let word): run.append(word)
                case .prefix(let stem):
                    run.append(stem)
                    close()
                case .anyWord, .vocabulary: close()
                }
            }
            close()
        }
        return strings
    }
}
