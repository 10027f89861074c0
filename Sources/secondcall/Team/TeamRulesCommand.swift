import ArgumentParser
import CoachCore
import CoachPacks
import CoachTeam
import Foundation

struct TeamRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "One rule pack for the team: publish it, fetch it, and see which rules the reps dismiss.",
        subcommands: [TeamRulesPublish.self, TeamRulesFetch.self, TeamRulesStats.self]
    )
}

struct TeamRulesPublish: TeamSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Publish a folder of rule files as the team's next pack version (a manager's login).",
        discussion: "The folder must pass 'secondcall rules lint DIR' (files, fields and every rule's examples) first; score it with 'secondcall rules score'."
    )

    @Argument(help: "The folder of rule files.")
    var directory: String

    @Option(help: "The version number to publish (default: the next one); must be newer than every version published.")
    var version: Int?

    @OptionGroup var team: TeamOptions

    func perform() throws {
        let folder = URL(fileURLWithPath: directory)
        let loaded = RulePackLoader.load(directories: [folder])
        let failures = RuleExampleRunner.run(loaded.pack.rules).failures
        for diagnostic in loaded.diagnostics { printError(diagnostic.description) }
        for failure in failures { printError("\(failure.file):1:1: error: \(failure.ruleID): \(failure.problem)") }
        guard loaded.diagnostics.isEmpty, failures.isEmpty else {
            printError("not published: fix the problems above ('secondcall rules lint \(directory)')")
            throw ExitCode(1)
        }
        guard !loaded.pack.rules.isEmpty || !loaded.disabled.isEmpty else { throw ValidationError("\(directory) holds no rule files") }
        let files = try DataFolderFiles.read(folder)
        let (count, version) = (loaded.pack.rules.count, version)
        let published = try team.withConnection { connection async throws(TeamError) in
            try await connection.publish(files, ruleCount: count, version: version)
        }
        print("published \(directory) as the team's rule pack version \(published) (\(Count.of(count, "rule"))); reps get it on their next start")
    }
}

/// The YAML files of a pack folder, as published.
enum DataFolderFiles {
    static func read(_ folder: URL) throws -> [TeamPack.File] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { name in
                guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                    throw ProblemMessage(message: "cannot read \(folder.appendingPathComponent(name).path)")
                }
                return TeamPack.File(name: name, text: String(decoding: data, as: UTF8.self))
            }
    }
}

struct TeamRulesFetch: TeamSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch the team's newest pack now (the app also does on start); the last one fetched is kept for offline use."
    )

    func perform() throws {
        let settings = try TeamSettings.required()
        let address = try runTeam { () throws(TeamError) in try settings.address() }
        print(try TeamPackHolder.fetch(address))
    }
}

struct TeamRulesStats: TeamSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Flags and dismissals per rule across the team's shared calls, dismissed most often first: the coach's tuning list."
    )

    @OptionGroup var team: TeamOptions

    func perform() throws {
        let stats = try team.withConnection { connection async throws(TeamError) in try await connection.ruleStats() }
        print(stats.isEmpty ? "no flags shared yet" : RuleStatsTable.render(stats))
    }
}
