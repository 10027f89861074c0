import CoachCore
import CoachPacks
import Foundation
import TestSupport
import Testing

@Suite struct DefaultPackTests {
    static let loaded = RulePackLoader.load(directories: [ShippedRules.directory])

    @Test func loadsWithoutProblems() {
        #expect(Self.loaded.diagnostics.map(\.description) == [])
        #expect(Self.loaded.pack.rules.count >= 20)
        #expect(Self.loaded.pack.vocabularies.names.count >= 20)
    }

    @Test func coversEveryBarrierAndStrength() {
        let targets = Set(Self.loaded.pack.rules.map(\.target))
        for barrier in Barrier.allCases { #expect(targets.contains(.barrier(barrier)), "\(barrier)") }
        for strength in Strength.allCases { #expect(targets.contains(.strength(strength)), "\(strength)") }
    }

    /// Every rule's flag and pass snippets, and every vocabulary's match and miss texts.
    @Test func everyShippedExamplePasses() {
        let outcome = RuleExampleRunner.run(Self.loaded.pack)
        #expect(outcome.failures.map(\.description) == [])
        let vocabularyExamples = Self.loaded.pack.vocabularies.names.compactMap { Self.loaded.pack.vocabularies[$0] }
            .flatMap(\.sources).reduce(0) { $0 + $1.examples.match.count + $1.examples.miss.count }
        #expect(outcome.passed >= Self.loaded.pack.rules.count * 2 + vocabularyExamples)
    }

    @Test func everyVocabularyIsUsedAndSaysWhatItIsFor() {
        let pack = Self.loaded.pack
        let named = Set(pack.rules.flatMap { $0.kind.phraseLists.joined().flatMap(\.vocabularyNames) }
            + pack.vocabularies.names.flatMap { pack.vocabularies[$0]!.phrases.flatMap(\.vocabularyNames) })
        for name in pack.vocabularies.names {
            #expect(named.contains(name) || ["first-person", "third-person", "purpose-question"].contains(name), "@\(name) is used by nothing")
            #expect(!(pack.vocabularies[name]?.about.isEmpty ?? true), "@\(name) says what it is for")
        }
    }

    /// The labelled calls: 38 calls in 38 industries, eleven clean, a third typed tersely. The pack must
    /// find at least 90% (F1) overall and 80% for each barrier, with no flag on a clean call.
    @Test func findsTheLabelledBarriersOfTheCorpus() throws {
        let score = try Self.score(folder: "calls")
        #expect(score.calls.count == 38)
        #expect(score.overall.f1 >= 0.90, "overall F1 \(score.overall.f1)")
        for barrier in Barrier.allCases {
            let tally = score.byBarrier[barrier] ?? RuleScore.Tally()
            #expect(tally.labels > 0 && tally.f1 >= 0.80, "\(barrier.rawValue): F1 \(tally.f1)")
        }
        #expect(score.cleanCalls.count == 11)
        #expect(score.cleanCallFalseAlarms == 0, "\(score.cleanCalls.flatMap(\.falseAlarms))")
    }

    /// 95 calls written in other words, industries and voices than the corpus, 30 of them clean and full of
    /// traps that look like barriers and are not.
    @Test func findsTheBarriersOfCallsInOtherWords() throws {
        let score = try Self.score(folder: "more-calls")
        #expect(score.calls.count == 95)
        #expect(score.overall.f1 >= 0.90, "overall F1 \(score.overall.f1)")
        for barrier in Barrier.allCases {
            let tally = score.byBarrier[barrier] ?? RuleScore.Tally()
            #expect(tally.labels > 0 && tally.f1 >= 0.80, "\(barrier.rawValue): F1 \(tally.f1)")
        }
        #expect(score.cleanCallFalseAlarms == 0, "\(score.cleanCalls.flatMap(\.falseAlarms))")
    }

    static func score(folder: String) throws -> RuleScore {
        let directory = Fixtures.root.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".notes") }.sorted()
        return RuleScore(calls: try names.map { name in
            let parsed = NotesParser.parse(try Fixtures.text("\(folder)/\(name)"))
            let (labels, problems) = CallLabels.read(try Fixtures.text("\(folder)/\(name.dropLast(".notes".count)).expected"))
            #expect(problems.isEmpty, "\(name)")
            let flags = RuleEngine.flags(for: parsed.document.notes, pack: loaded.pack)
            return LabelledCallScore(path: name, labels: labels, flags: LabelledCallScore.place(flags, lines: parsed.document.lines))
        })
    }
}
