import CoachCore
import CoachPacks
import TestSupport
import Testing

@Suite struct DefaultPackTests {
    static let loaded = RulePackLoader.load(directories: [ShippedRules.directory])

    @Test func loadsWithoutProblems() {
        #expect(Self.loaded.diagnostics.map(\.description) == [])
        #expect(Self.loaded.pack.rules.count >= 20)
    }

    @Test func coversEveryBarrierAndStrength() {
        let targets = Set(Self.loaded.pack.rules.map(\.target))
        for barrier in Barrier.allCases { #expect(targets.contains(.barrier(barrier)), "\(barrier)") }
        for strength in Strength.allCases { #expect(targets.contains(.strength(strength)), "\(strength)") }
    }

    @Test func everyShippedExamplePasses() {
        let outcome = RuleExampleRunner.run(Self.loaded.pack.rules)
        #expect(outcome.failures.map(\.description) == [])
        #expect(outcome.passed >= Self.loaded.pack.rules.count * 2)
    }

    /// Every expected flag is found (same barrier, same line or the next) and no other barrier is flagged.
    @Test(arguments: try Fixtures.corpusCallNames())
    func corpusCallGetsExactlyItsExpectedFlags(name: String) throws {
        let parsed = NotesParser.parse(try Fixtures.text("\(name).notes"))
        let expected = try CorpusExpectations.read(try Fixtures.text("\(name).expected"))
        let found = RuleEngine.flags(for: parsed.document.notes, pack: Self.loaded.pack)
            .compactMap { flag in flag.barrier.map { (line: parsed.document.lines[flag.noteIndex], barrier: $0.rawValue, rule: flag.ruleID) } }

        for expectation in expected {
            let match = found.contains { $0.barrier == expectation.barrier && ($0.line == expectation.line || $0.line == expectation.line + 1) }
            #expect(match, "\(name): missing \(expectation.barrier) at line \(expectation.line)")
        }
        for flag in found {
            let expectedHere = expected.contains { $0.barrier == flag.barrier && (flag.line == $0.line || flag.line == $0.line + 1) }
            #expect(expectedHere, "\(name): unexpected \(flag.barrier) at line \(flag.line) [\(flag.rule)]")
        }
    }
}
