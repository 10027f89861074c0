import ArgumentParser
import CoachApp
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
        let (pack, problems) = RulesLint.check(folder)
        for problem in problems { printError(problem) }
        guard problems.isEmpty else {
            printError("not published: fix the problems above ('secondcall rules lint \(directory)')")
            throw ExitCode(1)
        }
        let count = pack.ownRules.count
        guard count > 0 || !pack.loaded.disabled.isEmpty else { throw ValidationError("\(directory) holds no rule files") }
        let files = try DataFolderFiles.read(folder)
        let version = version
        let published = try team.withConnection { connection async throws(TeamError) in
            try await connection.publish(files, ruleCount: count, version: version)
        }
        print("published \(directory) as the team's rule pack version \(published) (\(Count.of(count, "rule"))); reps get it on their next start")
    }
}

/// The YAML files of a pack folder as published: its rule files, and those of its `vocabularies/` and
/// `normalising/` folders under those names.
enum DataFolderFiles {
    static let subfolders = ["vocabularies", "normalising"]

    static func read(_ folder: URL) throws -> [TeamPack.File] {
        var files: [TeamPack.File] = []
        for subfolder in [""] + subfolders {
            let directory = subfolder.isEmpty ? folder : folder.appendingPathComponent(subfolder)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { continue }
            for name in names.filter({ $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }).sorted() {
                guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
                    throw ProblemMessage(message: "cannot read \(directory.appendingPathComponent(name).path)")
                }
                files.append(TeamPack.File(name: subfolder.isEmpty ? name : "\(subfolder)/\(name)", text: String(decoding: data, as: UTF8.self)))
            }
        }
        return files
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
        let address = try team.address()
        let stats = try readArchive { try TeamArchive(address).ruleStats() }
        print(stats.isEmpty ? "no flags shared yet" : RuleStatsTable.render(stats))
    }
}
