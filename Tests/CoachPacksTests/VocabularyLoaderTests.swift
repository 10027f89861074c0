import CoachCore
import CoachPacks
import Foundation
import TestSupport
import Testing

/// Vocabularies and normalising data in pack folders: `vocabularies/NAME.yaml` used as `@NAME`, and
/// `normalising/*.yaml`, read with the rules and reported at their place.
@Suite struct VocabularyLoaderTests {
    private static let offering = """
    about: What we sell.
    phrases: [routemaster, fleet app]
    examples:
      match: ["our routemaster does that"]
      miss: ["your trucks"]
    """

    private static let rule = """
    id: naming-the-product
    barrier: pitching
    kind: phrase
    message: m
    tip: t
    phrases: ["@offering"]
    examples:
      flag: ["me: our fleet app does it"]
      pass: ["me: what do you use today?"]
    """

    private func folder(_ files: [String: String]) throws -> URL {
        let directory = try TemporaryDirectory()
        for (name, text) in files { try directory.write(name, text) }
        return directory.url
    }

    private func flags(_ pack: RulePack, _ text: String) -> [String] {
        RuleEngine.flags(for: NotesParser.parse(text).document.notes, pack: pack).map(\.rule)
    }

    @Test func aRuleNamesAVocabularyOfItsPack() throws {
        let loaded = RulePackLoader.load(directories: [try folder(["r.yaml": Self.rule, "vocabularies/offering.yaml": Self.offering])])
        #expect(loaded.diagnostics.isEmpty)
        #expect(flags(loaded.pack, "me: Honestly, the Routemaster handles it.") == ["naming-the-product"])
        #expect(RuleExampleRunner.run(loaded.pack).failures.isEmpty)
    }

    @Test func aTeamPackAddsItsOwnWordsToAShippedVocabulary() throws {
        let team = try folder(["vocabularies/offering.yaml": Self.offering])
        let loaded = RulePackLoader.load(directories: [ShippedRules.directory, team])
        #expect(loaded.diagnostics.isEmpty)
        let offering = try #require(loaded.pack.vocabularies["offering"])
        #expect(offering.sources.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["offering.yaml", "offering.yaml"])
        #expect(flags(loaded.pack, "me: Our Routemaster is what most depots pick.").contains("pitching-our-offering"))
        #expect(!flags(RulePackLoader.load(directories: [ShippedRules.directory]).pack, "me: Our Routemaster is what most depots pick.")
            .contains("pitching-our-offering"), "without the team's words the name means nothing")
    }

    @Test func anUnknownVocabularyIsReportedWhereItIsNamed() throws {
        let loaded = RulePackLoader.load(directories: [try folder(["r.yaml": Self.rule.replacingOccurrences(of: "@offering", with: "@offerings")])])
        let messages = loaded.diagnostics.map { "\($0.diagnostic.line):\($0.diagnostic.column): \($0.diagnostic.message)" }
        #expect(messages.contains { $0.hasPrefix("6:11: no vocabulary named '@offerings'") })
        #expect(loaded.pack.rules.isEmpty)
    }

    @Test func vocabulariesThatNameEachOtherInACircleAreRefused() throws {
        let a = "about: a\nphrases: ['@b']\nexamples: {match: [x], miss: [y]}\n"
        let b = "about: b\nphrases: ['x @a']\nexamples: {match: [x], miss: [y]}\n"
        let loaded = RulePackLoader.load(directories: [try folder(["vocabularies/a.yaml": a, "vocabularies/b.yaml": b])])
        #expect(loaded.diagnostics.map(\.diagnostic.message).contains { $0.contains("vocabularies name each other in a circle: @a → @b → @a") })
    }

    @Test func aVocabularyNeedsExamplesAndAGoodName() throws {
        let noExamples = RulePackLoader.load(directories: [try folder(["vocabularies/offering.yaml": "phrases: [app]\n"])])
        #expect(noExamples.diagnostics.map(\.diagnostic.message).contains { $0.hasPrefix("missing field 'examples'") })
        let badName = RulePackLoader.load(directories: [try folder(["vocabularies/Our Offering.yaml": Self.offering])])
        #expect(badName.diagnostics.map(\.diagnostic.message).contains { $0.contains("lower-case words joined by '-'") })
    }

    @Test func aTeamsShorthandIsReadLikeTheShippedOne() throws {
        let team = try folder(["normalising/ours.yaml": "shorthand:\n  rm: routemaster\n", "vocabularies/offering.yaml": Self.offering])
        let pack = RulePackLoader.load(directories: [ShippedRules.directory, team]).pack
        #expect(flags(pack, "me: our rm does all that").contains("pitching-our-offering"))
        let broken = RulePackLoader.load(directories: [try folder(["normalising/bad.yaml": "shorthand:\n  two words: x\n"])])
        #expect(broken.diagnostics.map { "\($0.diagnostic.line):\($0.diagnostic.column): \($0.diagnostic.message)" }
            == ["2:3: shorthand 'two words' must be one typed word (like 'abt', 'w/' or '#s')"])
    }
}
