import CoachFuzz
import Foundation
import TestSupport
import Testing

/// Every fuzz target for a fixed number of seeded random inputs (the same inputs every run), and every
/// input that once broke an invariant, kept as a regression.
@Suite struct FuzzTests {
    @Test(arguments: [(FuzzTarget.parser, 2_000), (.rules, 1_000), (.scenarios, 300), (.plans, 1_000), (.keys, 25)])
    func seededInputsKeepEveryInvariant(target: FuzzTarget, runs: Int) throws {
        var generator = SeededGenerator(seed: 2026)
        for run in 0..<runs {
            let input = generator.bytes(count: Int.random(in: 0...2048, using: &generator))
            do {
                try target.run(input)
            } catch {
                Issue.record("\(target.rawValue) input \(run): \(error)")
                return
            }
        }
    }

    @Test func inputsThatOnceBrokeAnInvariantStillPass() throws {
        let folder = Fixtures.root.appendingPathComponent("fuzz-regressions")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".bin") }.sorted()
        #expect(files.count >= 3)
        for file in files {
            let target = try #require(FuzzTarget(rawValue: String(file.prefix { $0 != "-" })), "\(file) names no target")
            let bytes = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(file).path))
            #expect(throws: Never.self, "\(file)") { try target.run([UInt8](bytes)) }
        }
    }
}
