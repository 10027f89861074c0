import ArgumentParser
import CoachCore
import CoachPacks
import CoachResources

/// `--rules DIR` (repeatable) and `--disable ID`, shared by every command that runs rules.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("A folder of rule files to add (repeatable); later folders override earlier ones by id.", valueName: "dir"))
    var directories: [String] = []

    @Option(name: .customLong("disable"), help: ArgumentHelp("Switch a rule off by id (repeatable).", valueName: "id"))
    var disabledIDs: [String] = []

    /// Loads the packs; any problem in a rule file is printed and ends the command with exit 2, so a bad
    /// rule never goes unnoticed.
    func load() throws -> RulePack { try loadWithOrigins().pack }

    /// The pack, and for each rule where it came from: "shipped", "team pack vN", "your rules" or a folder.
    func loadWithOrigins() throws -> (pack: RulePack, origins: [String: String]) {
        let loaded = RulePackLoader.load(extraDirectories: directories, cache: .standard(appVersion: SecondCall.configuration.version))
        if !loaded.diagnostics.isEmpty {
            for diagnostic in loaded.diagnostics { printError(diagnostic.description) }
            printError("fix the rule files above (or run 'secondcall rules lint DIR' for details)")
            throw ExitCode(2)
        }
        let unknown = disabledIDs.filter { loaded.pack.rule(id: $0) == nil }
        if !unknown.isEmpty {
            printError("--disable: no rule with id \(unknown.joined(separator: ", ")); 'secondcall rules list' shows them")
            throw ExitCode(2)
        }
        let origins = loaded.origins.mapValues(Self.label)
        guard !disabledIDs.isEmpty else { return (loaded.pack, origins) }
        return (loaded.pack.keeping { !disabledIDs.contains($0.id) }, origins)
    }

    private static func label(_ folder: String) -> String {
        switch folder {
        case ShippedResources.rulesDirectory.path: "shipped"
        case RulePackLoader.teamDirectory().path: TeamPackHolder.held().map { "team pack v\($0.version)" } ?? "team pack"
        case RulePackLoader.userDirectory().path: "your rules"
        default: folder
        }
    }
}
