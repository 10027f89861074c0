import ArgumentParser
import CoachCore
import CoachPacks

/// `--rules DIR` (repeatable) and `--disable ID`, shared by every command that runs rules.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("A folder of rule files to add (repeatable); later folders override earlier ones by id.", valueName: "dir"))
    var directories: [String] = []

    @Option(name: .customLong("disable"), help: ArgumentHelp("Switch a rule off by id (repeatable).", valueName: "id"))
    var disabledIDs: [String] = []

    /// Loads the packs; any problem in a rule file is printed and ends the command with exit 2, so a bad
    /// rule never goes unnoticed.
    func load() throws -> RulePack {
        let loaded = RulePackLoader.load(extraDirectories: directories)
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
        guard !disabledIDs.isEmpty else { return loaded.pack }
        return loaded.pack.keeping { !disabledIDs.contains($0.id) }
    }
}
