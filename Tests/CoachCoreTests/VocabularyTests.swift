import CoachCore
import Testing
import TestSupport

/// Named word lists used from phrases as `@name`, expanded when a pack is compiled.
@Suite struct VocabularyTests {
    private let vocabularies = Vocabularies([
        Vocabulary(name: "we", phrases: try! RuleHarness.patterns("we", "our team")),
        Vocabulary(name: "offering", phrases: try! RuleHarness.patterns("app", "@platform")),
        Vocabulary(name: "platform", phrases: try! RuleHarness.patterns("platform", "portal")),
    ])

    @Test func aPhraseNamingVocabulariesStandsForEveryCombination() throws {
        var expansion = PhraseExpansion(vocabularies)
        #expect(try expansion.expand(try PhrasePattern("@we built an @offering")).count == 6)
        let matcher = PhraseMatcher(groups: [try RuleHarness.patterns("@we built an @offering")], vocabularies: vocabularies)
        #expect(matcher.match("Our team built an app for this").matches.contains(0))
        #expect(matcher.match("we built an portal").matches.contains(0))
        #expect(!matcher.match("they built an app").matches.contains(0))
    }

    @Test func aLaterPackAddsToAVocabulary() throws {
        var more = vocabularies
        more.add(Vocabulary(name: "platform", phrases: try RuleHarness.patterns("marketplace")))
        let matcher = PhraseMatcher(groups: [try RuleHarness.patterns("our @offering")], vocabularies: more)
        #expect(matcher.match("our marketplace").matches.contains(0))
        #expect(matcher.match("our portal").matches.contains(0))
    }

    @Test func unknownNamesCirclesAndExplosionsAreRefused() throws {
        var expansion = PhraseExpansion(vocabularies)
        #expect(throws: PhraseExpansion.Problem.unknownVocabulary("nope")) { try expansion.expand(try PhrasePattern("our @nope")) }
        let circle = Vocabularies([Vocabulary(name: "a", phrases: try RuleHarness.patterns("@b")),
                                   Vocabulary(name: "b", phrases: try RuleHarness.patterns("x @a"))])
        var circling = PhraseExpansion(circle)
        #expect(throws: PhraseExpansion.Problem.cycle(["a", "b", "a"])) { try circling.expand(try PhrasePattern("@a")) }
        let words = (0..<200).map { "w\($0)" }
        let big = Vocabularies([Vocabulary(name: "big", phrases: try words.map { try PhrasePattern($0) })])
        var exploding = PhraseExpansion(big)
        #expect(throws: PhraseExpansion.Problem.tooManyPhrases(40_000)) { try exploding.expand(try PhrasePattern("@big @big")) }
    }

    @Test func vocabularyNamesAreCheckedWhenAPhraseIsRead() {
        #expect(throws: PhrasePattern.Problem.self) { try PhrasePattern("our @Offering") }
        #expect(throws: PhrasePattern.Problem.self) { try PhrasePattern("@") }
    }
}
