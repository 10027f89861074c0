import ArgumentParser
import CoachApp
import CoachCore
import CoachPacks
import CoachStore
import Foundation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, explain, test and lint rules.",
        subcommands: [RulesList.self, RulesExplain.self, RulesTest.self, RulesLint.self, RulesScore.self, RulesStats.self],
        defaultSubcommand: RulesList.self
    )
}

struct RulesList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Show every rule in use, one a line.")

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let (pack, origins) = try rules.loadWithOrigins()
        let rows = pack.rules.map { rule in
            [rule.id, rule.target.id, rule.kind.name, rule.severity.rawValue, origins[rule.id] ?? "", rule.message]
        }
        print(TextTable.render(header: ["ID", "FLAGS", "KIND", "SEVERITY", "FROM", "MESSAGE"], rows: rows))
        print("\(pack.rules.count) rules" + (TeamPackHolder.held().map { "; the team's pack is version \($0.version)" } ?? ""))
    }
}

struct RulesExplain: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Show a rule's message, tip and examples.")

    @OptionGroup var rules: RuleOptions

    @Argument(help: "The rule's id (see 'secondcall rules list').")
    var id: String

    func run() throws {
        let pack = try rules.load()
        guard let rule = pack.rule(id: id) else {
            let close = pack.rules.map(\.id).filter { $0.contains(id) || id.contains($0) }
            printError("no rule with id '\(id)'" + (close.isEmpty ? "; 'secondcall rules list' shows them" : "; did you mean \(close.joined(separator: ", "))?"))
            throw ExitCode(2)
        }
        print(Self.explanation(rule))
    }

    /// The rule in full: what it flags, from where, its message and tip, and its examples.
    static func explanation(_ rule: RuleDefinition) -> String {
        var lines = ["\(rule.id)  (\(rule.target.isBarrier ? "barrier" : "strength"): \(rule.target.id), \(rule.kind.name), \(rule.severity.rawValue))",
                     "from \(rule.file)", "", "message: \(rule.message)", "tip:     \(rule.tip)"]
        for (title, snippets) in [("flags", rule.examples.flag), ("passes", rule.examples.pass)] {
            lines += ["", "\(title):"]
            for snippet in snippets {
                lines.append("  " + snippet.trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n", with: "\n  "))
            }
        }
        return lines.joined(separator: "\n")
    }
}

struct RulesTest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run every rule's examples; ends with 'N passed, N failed'.",
        discussion: "With DIR, only the rules in that folder; without, every rule in use."
    )

    @OptionGroup var rules: RuleOptions

    @Argument(help: "A folder of rule files to test on its own.")
    var directory: String?

    func run() throws {
        let outcome: RuleExampleRunner.Outcome
        if let directory {
            let folder = PackUnderTest(URL(fileURLWithPath: directory))
            for diagnostic in folder.loaded.diagnostics { printError(diagnostic.description) }
            if !folder.loaded.diagnostics.isEmpty { throw ExitCode(2) }
            outcome = RuleExampleRunner.run(folder.loaded.pack, from: folder.contains)
        } else {
            outcome = RuleExampleRunner.run(try rules.load())
        }
        for failure in outcome.failures { print("FAIL \(failure)") }
        print("\(outcome.passed) passed, \(outcome.failures.count) failed")
        if !outcome.failures.isEmpty { throw ExitCode(1) }
    }
}

struct RulesLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a folder of rule files: YAML, fields, kinds, phrases, duplicate ids and examples."
    )

    @Argument(help: "The folder of rule files.")
    var directory: String

    func run() throws {
        let (folder, problems) = Self.check(URL(fileURLWithPath: directory))
        for problem in problems { print(problem) }
        print(problems.isEmpty ? "\(Count.of(folder.ownRules.count, "rule")), no problems" : Count.of(problems.count, "problem"))
        if !problems.isEmpty { throw ExitCode(1) }
    }

    /// The folder read on top of the shipped pack, and every problem of its own files as a `file:line:col:
    /// error:` line (a team pack is published only without any).
    static func check(_ directory: URL) -> (PackUnderTest, [String]) {
        let folder = PackUnderTest(directory)
        let failures = RuleExampleRunner.run(folder.loaded.pack, from: folder.contains).failures
        return (folder, folder.loaded.diagnostics.map(\.description) + failures.map { "\($0.file):1:1: error: \($0.ruleID): \($0.problem)" })
    }
}

struct RulesStats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "How often each rule fired on the stored calls, and how often it was dismissed as not a barrier.",
        discussion: "Rules dismissed most often come first: they are the ones to rewrite or switch off."
    )

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let stats = try runStore { try JournalArchive(storeOptions.openForReading()) { $0.plan }.ruleStats() }
        guard !stats.isEmpty else {
            print("no flags stored yet; review a call and press d on a flag that was not a barrier")
            return
        }
        print(RuleStatsTable.render(stats))
    }
}

/// Each rule's flags and dismissals as a table, for `rules stats` and `team rules stats`.
enum RuleStatsTable {
    static func render(_ stats: [RuleStat]) -> String {
        let rows = stats.map { stat in
            [stat.rule, stat.target, String(stat.flags), String(stat.dismissed), "\(Int(stat.dismissedShare.rounded()))%", String(stat.calls)]
        }
        return TextTable.render(header: ["RULE", "FOR", "RAISED", "DISMISSED", "DISMISSED %", "CALLS"], rows: rows)
    }
}
