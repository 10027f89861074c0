import CoachCore
import Testing
import TestSupport

/// What the engine does for every kind: scope, one flag per barrier a note, evidence strength.
@Suite struct RuleEngineTests {
    private let ourPlatform = PhraseKind(phrases: try! RuleHarness.patterns("our platform"))

    @Test func atMostOneFlagPerBarrierPerNote() throws {
        let rules = [
            RuleDefinition(id: "one", target: .barrier(.pitching), kind: PhraseKind(phrases: try RuleHarness.patterns("our")), message: "m", tip: "t"),
            RuleDefinition(id: "two", target: .barrier(.pitching), kind: PhraseKind(phrases: try RuleHarness.patterns("platform")), message: "m", tip: "t"),
            RuleDefinition(id: "three", target: .barrier(.prideEnthusiasm), kind: PhraseKind(phrases: try RuleHarness.patterns("platform")), message: "m", tip: "t"),
        ]
        let flags = RuleEngine.flags(for: [.said(.me, "our platform")], pack: RulePack(rules: rules))
        #expect(flags.map(\.rule) == ["one", "three"])
    }

    @Test func speakersMayBeAList() throws {
        let scope = RuleScope(speakers: [.me, .customer])
        #expect(try RuleHarness.lines(ourPlatform, scope: scope, "me: our platform\nc: our platform\nour platform") == [1, 2])
        #expect(try RuleHarness.lines(ourPlatform, scope: RuleScope(), "me: our platform\nour platform\n/mark our platform") == [1, 2])
    }

    @Test func statementsOrQuestionsOnly() throws {
        let notes = "me: our platform does it\nme: does our platform do it\nme: our platform?"
        #expect(try RuleHarness.lines(ourPlatform, scope: RuleScope(speakers: [.me], form: .statement), notes) == [1])
        #expect(try RuleHarness.lines(ourPlatform, scope: RuleScope(speakers: [.me], form: .question), notes) == [2, 3])
    }

    @Test func selfReportsAreThePrivateNotesAboutTheRep() throws {
        let vocabularies = Vocabularies([
            Vocabulary(name: "first-person", phrases: try RuleHarness.patterns("i", "my")),
            Vocabulary(name: "third-person", phrases: try RuleHarness.patterns("he", "she", "the")),
        ])
        let kind = PhraseKind(phrases: try RuleHarness.patterns("our platform"))
        let notes = """
        talked 5 min about our platform
        she asked about our platform
        the buyer liked our platform
        she asked about our platform and I rambled
        me: our platform
        """
        let only = RuleScope(speakers: [.me, .observation], selfReports: .only)
        #expect(try RuleHarness.lines(kind, scope: only, vocabularies: vocabularies, notes) == [1, 4, 5])
        let excluded = RuleScope(speakers: [.observation], selfReports: .excluded)
        #expect(try RuleHarness.lines(kind, scope: excluded, vocabularies: vocabularies, notes) == [2, 3])
    }

    @Test func aFlagCarriesItsRulesEvidenceStrength() throws {
        let rule = RuleDefinition(id: "r", target: .barrier(.pitching), kind: ourPlatform, evidenceStrength: .weak, message: "m", tip: "t")
        let flags = RuleEngine.flags(for: [.said(.me, "our platform")], pack: RulePack(rules: [rule]))
        #expect(flags.map(\.evidenceStrength) == [.weak])
    }

    @Test func everyBarrierAndStrengthCanBeFlaggedOnOneNote() throws {
        let rules = RuleTarget.all.enumerated().map { index, target in
            RuleDefinition(id: "r\(index)", target: target, kind: PhraseKind(phrases: try! RuleHarness.patterns("word")), message: "m", tip: "t")
        }
        let flags = RuleEngine.flags(for: [.said(.me, "word")], pack: RulePack(rules: rules))
        #expect(flags.count == RuleTarget.all.count)
    }
}
