import CoachCore
import CoachPacks
import Testing

/// YAML files nobody would write on purpose: each problem is one line at its place, nothing hangs, and no
/// text from the file can carry a control character to a terminal.
@Suite struct HostileYAMLTests {
    /// Nine levels of nine aliases: 9^9 values once expanded, in under a kilobyte.
    static let aliasBomb = """
        a: &a ["x","x","x","x","x","x","x","x","x"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        ? *i
        : boom

        """

    /// Every reader of SecondCall's YAML files, by what it reads.
    static let readers: [(String, @Sendable (String) -> [FileDiagnostic])] = [
        ("rule", { RulePackLoader.readRule(path: "file.yaml", text: $0).1 }),
        ("scenario", { ScenarioReader.read(path: "file.yaml", text: $0).1 }),
        ("plan", { PlanFileReader.read(path: "file.yaml", text: $0).1 }),
    ]

    @Test(.timeLimit(.minutes(1)), arguments: 0..<3) func anAliasBombUsedAsAKeyIsRefusedAtOnce(reader: Int) {
        let (what, read) = Self.readers[reader]
        let problems = read(Self.aliasBomb)
        #expect(problems.map(\.description) == [
            "file.yaml:5:8: error: the aliases up to here (*d) stand for more than 10000 values; write the values out instead of aliasing them",
        ], "a \(what) file")
    }

    @Test func anAliasIsNoKeyNorPartOfOne() {
        let (plan, problems) = PlanFileReader.read(path: "plan.yaml", text: "account: &a Acme\n? *a\n: Nick\n")
        #expect(plan == nil)
        #expect(problems.map(\.description) == ["plan.yaml:2:3: error: an alias (*a) cannot be a key or part of one; write the key out"])
        let inside = PlanFileReader.read(path: "plan.yaml", text: "account: &a Acme\n? [x, *a]\n: Nick\n").1
        #expect(inside.map(\.description) == ["plan.yaml:2:7: error: an alias (*a) cannot be a key or part of one; write the key out"])
    }

    @Test func escapesThatWouldMoveATerminalAreRefusedWhereTheyAre() throws {
        let plan = PlanFileReader.read(path: "plan.yaml", text: "contact: Nick\naccount: \"Acme \\e]0;PWNED\\a\\e[2J\"\n").1
        #expect(plan.map(\.description) == [
            "plan.yaml:2:10: error: a control character (U+001B) in this text; SecondCall files are plain text, so write it without escapes such as \\e or \\x1b",
        ])
        let rule = RulePackLoader.readRule(path: "rule.yaml", text: "id: x\nmessage: \"Stop \\x9b2J\"\n").1
        #expect(rule.first?.description.hasPrefix("rule.yaml:2:10: error: a control character (U+009B)") == true)
        let scenario = ScenarioReader.read(path: "s.yaml", text: "id: x\nopening: \"Hi\\u0007\"\n").1
        #expect(scenario.first?.description.hasPrefix("s.yaml:2:10: error: a control character (U+0007)") == true)
        for problem in plan + rule + scenario {
            #expect(!problem.description.unicodeScalars.contains { ControlCharacters.contains($0) && $0 != "\n" })
            #expect(!problem.description.contains("\n"), "one line")
        }
    }

    @Test func aKeyGivenTwiceIsReportedWhereItIsGivenAgainOnOneLine() {
        let problems = PlanFileReader.read(path: "plan.yaml", text: "account: Acme\ncontact: Nick\naccount: Other\n").1
        #expect(problems.map(\.description) == ["plan.yaml:3:1: error: 'account' is given twice (first on line 1); keep one"])
        let nested = PlanFileReader.read(path: "plan.yaml", text: "prep:\n  recent news: x\n  recent news: y\n").1
        #expect(nested.map(\.description) == ["plan.yaml:3:3: error: 'recent news' is given twice (first on line 2); keep one"])
    }

    @Test func aControlCharacterTypedIntoTheFileIsReportedAtItsPlaceOnOneLine() {
        let problems = PlanFileReader.read(path: "plan.yaml", text: "contact: Nick\naccount: Acme\u{01} Retail\n").1
        #expect(problems.map(\.description) == [
            "plan.yaml:2:14: error: YAML: control characters are not allowed (U+0001); SecondCall files are plain UTF-8 text",
        ])
    }

    @Test func aPlanThatIsNotUTF8IsReportedAtTheBadByte() {
        let bytes = Array("account: Acme\nstyle: caf".utf8) + [0xE9] + Array(" society\n".utf8)
        let (plan, problems) = PlanFileReader.read(path: "plan.yaml", bytes: bytes)
        #expect(plan == nil)
        #expect(problems.map(\.description) == ["plan.yaml:2:11: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8 text"])
    }
}
