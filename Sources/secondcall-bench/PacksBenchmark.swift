import CoachPacks
import Foundation

/// Loading large generated phrase packs from YAML (no cache): the time should grow in proportion to the size.
enum PacksBenchmark {
    static func run() throws {
        var perMegabyte: [Double] = []
        for megabytes in [5, 10] {
            let folder = try BenchFolder("packs-\(megabytes)")
            defer { folder.remove() }
            let size = try GeneratedPack.write(megabytes: megabytes, into: folder.url)
            var rules = 0
            let seconds = Measure.median(runs: 3) {
                rules = RulePackLoader.load(directories: [folder.url]).pack.rules.count
            }
            perMegabyte.append(seconds / (Double(size) / 1e6))
            print("load a generated phrase pack of \(Measure.format(Double(size) / 1e6, 1)) MB (\(rules) rules) from YAML: median \(Measure.format(seconds, 2)) s, \(Measure.format(perMegabyte.last! * 1000, 0)) ms per MB")
        }
        print("  time per MB at 10 MB over time per MB at 5 MB: \(Measure.format(perMegabyte[1] / perMegabyte[0], 2)) (1.00 is linear)")
    }
}

/// Rule files of phrases made from syllables, the same every run.
enum GeneratedPack {
    static let syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "do", "ge", "hu", "ji", "bo", "fe"]

    /// Writes rule files of 2,000 phrases each until `megabytes` are written; returns the bytes written.
    static func write(megabytes: Int, into folder: URL) throws -> Int {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        func word() -> String { (0..<(2 + next() % 3)).map { _ in syllables[next() % syllables.count] }.joined() }
        var written = 0
        var file = 0
        while written < megabytes * 1_000_000 {
            var text = "id: generated-\(file)\nbarrier: pitching\nkind: phrase\nmessage: A generated phrase\ntip: None.\nphrases:\n"
            for _ in 0..<2_000 { text += "  - \((0..<(1 + next() % 4)).map { _ in word() }.joined(separator: " "))\n" }
            text += "examples: {flag: ['me: x'], pass: ['me: y']}\n"
            try text.write(to: folder.appendingPathComponent(String(format: "generated-%04d.yaml", file)), atomically: true, encoding: .utf8)
            written += text.utf8.count
            file += 1
        }
        return written
    }
}
