import Foundation
import TestSupport
import Testing

@Suite struct CheckCommandTests {
    let corpus = Fixtures.corpusCalls.path

    @Test func printsFlagsInCompilerFormWithASummaryAndExitsOne() throws {
        let result = try CommandRunner.secondcall(["check", "\(corpus)/quarter-end.notes"])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(corpus)/quarter-end.notes:5:20: warning: Your target is showing [excessive-goal-focus/goal-focus-my-target]"))
        #expect(lines.contains { $0.hasPrefix("\(corpus)/quarter-end.notes:9:") && $0.contains("[impatience/") })
        #expect(lines.contains("excessive-goal-focus: 3"))
        #expect(lines.last == "5 flags in 1 file")
    }

    @Test func aCleanCallExitsZero() throws {
        let result = try CommandRunner.secondcall(["check", "\(corpus)/retail-shelves-ideal.notes"])
        #expect(result.status == 0)
        #expect(result.output == "no barriers flagged in 1 file\n")
    }

    /// `check` streams: a file is read a line at a time, so only a line has a limit (an endless input has
    /// no end of line).
    @Test func standardInputIsReadInBoundedChunksWithAClearRefusal() throws {
        let folder = try CommandRunner.secondcall(["check", "-"], shellSuffix: "< /tmp")
        #expect(folder.status == 2)
        #expect(folder.errors == "secondcall: cannot read standard input: it is a folder; name the notes files in it\n")
        let endless = try CommandRunner.secondcall(["check", "-"], shellSuffix: "< /dev/zero")
        #expect(endless.status == 2)
        #expect(endless.errors.contains("cannot read standard input: line 1 holds more than 1 MiB"))
        let endlessFile = try CommandRunner.secondcall(["check", "/dev/zero"])
        #expect(endlessFile.status == 2)
        #expect(endlessFile.errors.contains("cannot read '/dev/zero': line 1 holds more than 1 MiB"), "the same limit as for standard input")
        let piped = try CommandRunner.secondcall(["check", "-"], input: "me: Let me tell you a bit about us.\n")
        #expect(piped.output.contains("-:1:5: warning: Talking about us, not about them [pitching/pitching-about-us]"))
    }

    @Test func aLineTooLongIsNamedByItsNumberWhereverItEnds() throws {
        // Line 3 ends a little past the limit, in a later chunk than it started in.
        let folder = try TemporaryDirectory()
        let path = folder.path("long.notes")
        let long = "me: " + String(repeating: "a", count: (1 << 20) + 96)
        try Data("me: hello\nc: hi\n\(long)\nc: bye\n".utf8).write(to: URL(fileURLWithPath: path))
        let result = try CommandRunner.secondcall(["check", path])
        #expect(result.status == 2)
        #expect(result.errors.contains("cannot read '\(path)': line 3 holds more than 1 MiB"), "\(result.errors)")
    }

    @Test func devNullIsAnEmptyFile() throws {
        let result = try CommandRunner.secondcall(["check", "/dev/null"])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        #expect(result.output == "no barriers flagged in 1 file\n")
    }

    @Test func failOnRaisesTheBar() throws {
        let result = try CommandRunner.secondcall(["check", "--fail-on", "error", "\(corpus)/pitch-first.notes"])
        #expect(result.status == 0)
        #expect(result.output.contains("pitching: 5"))
    }

    @Test func jsonCarriesEveryField() throws {
        let result = try CommandRunner.secondcall(["check", "--format", "json", "-"], input: "me: What does your company do exactly?\n")
        #expect(result.status == 1)
        let calls = try JSONOutput.calls(result.output)
        let flags = try JSONOutput.flags(result.output)
        #expect(flags.count == 1)
        let flag = flags[0]
        #expect(calls.first?["file"] as? String == "-")
        #expect(flag["line"] as? Int == 1)
        #expect(flag["column"] as? Int == 5)
        #expect(flag["barrier"] as? String == "lack-of-preparation")
        #expect(flag["rule"] as? String == "preparation-homework-question")
        #expect(flag["severity"] as? String == "warning")
        #expect(flag["evidence"] as? String == "What does your company do")
        #expect((flag["tip"] as? String)?.isEmpty == false)
        #expect((flag["message"] as? String)?.isEmpty == false)
    }

    @Test func badNotesAndMissingFilesExitTwo() throws {
        let bad = try CommandRunner.secondcall(["check", "-"], input: "me: fine\n/stg x\n")
        #expect(bad.status == 2)
        #expect(bad.errors.contains("-:2:1: error: unknown command '/stg'"))
        let missing = try CommandRunner.secondcall(["check", "/no/such.notes"])
        #expect(missing.status == 2)
        #expect(missing.errors.contains("cannot read '/no/such.notes': no such file"))
    }

    @Test func aBrokenUserRuleStopsTheCheckWithItsPlace() throws {
        let rules = try TemporaryDirectory()
        try rules.write("bad.yaml", "id: bad\nbarrier: pitching\nkind: phrase\nmessage: m\ntip: t\nphrases: [x]\nexamples: {flag: ['me: x'], pass: ['me: y']}\ncolour: red\n")
        let result = try CommandRunner.secondcall(["check", "--rules", rules.url.path, "\(corpus)/quarter-end.notes"])
        #expect(result.status == 2)
        #expect(result.errors.contains("bad.yaml:8:1: error: unknown field 'colour'"))
    }

    @Test func disableSwitchesARuleOff() throws {
        let result = try CommandRunner.secondcall(["check", "--disable", "preparation-homework-question", "-"], input: "me: What does your company do?\n")
        #expect(result.status == 0)
    }

    @Test func rulesTestRunsEveryExampleAndEndsWithTheTally() throws {
        let result = try CommandRunner.secondcall(["rules", "test"])
        #expect(result.status == 0)
        let last = result.output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasSuffix("passed, 0 failed"))
    }

    @Test func rulesLintReportsAFailingExample() throws {
        let rules = try TemporaryDirectory()
        try rules.write("r.yaml", "id: r\nbarrier: pitching\nkind: phrase\nmessage: m\ntip: t\nphrases: [quota]\nexamples: {flag: ['me: nothing here'], pass: ['me: y']}\n")
        let result = try CommandRunner.secondcall(["rules", "lint", rules.url.path])
        #expect(result.status == 1)
        #expect(result.output.contains("r: a 'flag' example raised nothing"))
    }

}

@Suite struct PlanCommandTests {
    @Test func checkReportsWantsAndBlankHomeworkAndExitsOne() throws {
        let folder = try TemporaryDirectory()
        try folder.write("plan.yaml", "objectives:\n  - I want to know how I can do business with them.\n  - Learn what changed since spring.\nprep:\n  recent news: new CFO\n")
        let result = try CommandRunner.secondcall(["plan", "--check", folder.path("plan.yaml")])
        #expect(result.status == 1)
        #expect(result.output.contains("plan.yaml:2:5: warning: objective framed as a want or a tell"))
        #expect(result.output.hasSuffix("2 objectives, 1 in learning mode; 0 of 1 prep items blank\n"))
    }

    @Test func aCleanPlanExitsZeroAndABrokenOneTwo() throws {
        let folder = try TemporaryDirectory()
        try folder.write("good.yaml", "objectives: [Learn what changed since spring]\nprep: {recent news: new CFO}\n")
        #expect(try CommandRunner.secondcall(["plan", "--check", folder.path("good.yaml")]).status == 0)
        try folder.write("bad.yaml", "objectives: [unclosed\n")
        let bad = try CommandRunner.secondcall(["plan", "--check", folder.path("bad.yaml")])
        #expect(bad.status == 2)
        #expect(bad.errors.contains("bad.yaml:2:1: error: YAML syntax"))
    }

    /// `account: Acme \e]0;PWNED\a\e[2J` would set the window's title and clear the screen if printed.
    @Test func escapesInAPlanNeverReachTheTerminal() throws {
        let folder = try TemporaryDirectory()
        try folder.write("plan.yaml", "account: \"Acme \\e]0;PWNED\\a\\e[2J\"\nobjectives: [Learn what changed since spring]\n")
        let result = try CommandRunner.secondcall(["plan", "--check", folder.path("plan.yaml")])
        #expect(result.status == 2)
        #expect(result.errors == "secondcall: \(folder.path("plan.yaml")):1:10: error: a control character (U+001B) in this text; SecondCall files are plain text, so write it without escapes such as \\e or \\x1b\n")
        #expect(!(result.output + result.errors).contains("\u{1B}"))
    }
}
