import CoachCore
import CoachPacks
import Foundation
import TestSupport
import Testing

@Suite struct RulePackLoaderTests {
    static let validRule = """
    id: no-quota
    barrier: excessive-goal-focus
    kind: phrase
    message: Quota talk
    tip: Leave it out.
    phrases: [quota]
    examples:
      flag: ["me: my quota"]
      pass: ["me: your goals?"]
    """

    private func load(_ files: [String: String]) throws -> LoadedRules {
        let directory = try TemporaryDirectory()
        for (name, text) in files { try directory.write(name, text) }
        return RulePackLoader.load(directories: [directory.url])
    }

    private func messages(_ files: [String: String]) throws -> [String] {
        try load(files).diagnostics.map { "\($0.diagnostic.line):\($0.diagnostic.column): \($0.diagnostic.message)" }
    }

    @Test func aValidRuleLoads() throws {
        let loaded = try load(["a.yaml": Self.validRule])
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.pack.rules.map(\.id) == ["no-quota"])
    }

    @Test func unknownFieldsNameTheValidOnes() throws {
        let result = try messages(["a.yaml": Self.validRule + "\nphrase: [x]\n"])
        #expect(result.count == 1)
        #expect(result[0].hasPrefix("10:1: unknown field 'phrase'"))
        #expect(result[0].contains("valid fields:") && result[0].contains("phrases"))
    }

    @Test func unknownKindBarrierAndSeverity() throws {
        let kind = try messages(["a.yaml": Self.validRule.replacingOccurrences(of: "kind: phrase", with: "kind: regex")])
        #expect(kind == ["3:7: unknown kind 'regex'; kinds: before, cue, length, list, metric, phrase, planned, prep, question, repeat, reply, streak, unanswered"])
        let barrier = try messages(["a.yaml": Self.validRule.replacingOccurrences(of: "excessive-goal-focus", with: "greed")])
        #expect(barrier.first?.hasPrefix("2:10: unknown barrier 'greed'; one of: pitching, impatience") == true)
        let severity = try messages(["a.yaml": Self.validRule + "\nseverity: fatal\n"])
        #expect(severity.first?.contains("unknown severity 'fatal'; one of: suggestion, warning, error") == true)
    }

    @Test func aBadPhrasePointsAtItsColumn() throws {
        let result = try messages(["a.yaml": Self.validRule.replacingOccurrences(of: "phrases: [quota]", with: "phrases: [\"(a+)+$\"]")])
        #expect(result.count == 1)
        #expect(result[0].hasPrefix("6:12: bad phrase '(a+)+$'"))
    }

    @Test func rulesWithoutExamplesDoNotLoad() throws {
        let noExamples = Self.validRule.components(separatedBy: "\nexamples:")[0]
        let loaded = try load(["a.yaml": noExamples])
        #expect(loaded.pack.rules.isEmpty)
        #expect(loaded.diagnostics.first?.diagnostic.message.contains("missing field 'examples'") == true)
        let onlyFlag = try messages(["a.yaml": noExamples + "\nexamples:\n  flag: [\"me: quota\"]\n"])
        #expect(onlyFlag.first?.contains("at least one 'flag' and one 'pass'") == true)
    }

    @Test func duplicateIdsInOnePackAreErrors() throws {
        let result = try messages(["a.yaml": Self.validRule, "b.yaml": Self.validRule])
        #expect(result.count == 1)
        #expect(result.first?.hasPrefix("1:5: duplicate rule id 'no-quota' (also in ") == true)
    }

    @Test func yamlSyntaxErrorsHaveTheirPlace() throws {
        let result = try messages(["a.yaml": "id: x\nmessage: a: b\n"])
        #expect(result.first?.hasPrefix("2:11: YAML syntax") == true)
    }

    @Test func aLaterPackOverridesOrSwitchesOffByID() throws {
        let first = try TemporaryDirectory()
        try first.write("a.yaml", Self.validRule)
        try first.write("b.yaml", Self.validRule.replacingOccurrences(of: "no-quota", with: "other"))
        let second = try TemporaryDirectory()
        try second.write("a.yaml", Self.validRule.replacingOccurrences(of: "Quota talk", with: "Overridden"))
        try second.write("b.yaml", "id: other\nenabled: false\n")
        let loaded = RulePackLoader.load(directories: [first.url, second.url])
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.pack.rules.map(\.message) == ["Overridden"])
        #expect(loaded.disabled == ["other"])
    }

    @Test func theUserFolderComesFromXDGConfigHome() throws {
        let config = try TemporaryDirectory()
        try config.write("secondcall/rules/mine.yaml", Self.validRule.replacingOccurrences(of: "no-quota", with: "mine"))
        let loaded = RulePackLoader.load(environment: ["XDG_CONFIG_HOME": config.url.path])
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.pack.rule(id: "mine") != nil)
        #expect(loaded.pack.rule(id: "pitching-about-us") != nil)
    }
}
