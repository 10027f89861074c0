import ArgumentParser
import CoachCore
import CoachPacks

/// `--scenarios DIR` (repeatable), shared by the commands that read practice scenarios.
struct ScenarioOptions: ParsableArguments {
    @Option(name: .customLong("scenarios"), help: ArgumentHelp("A folder of scenario files to add (repeatable); later ones replace earlier ones by id.", valueName: "dir"))
    var directories: [String] = []

    /// The scenarios; a problem in any file is printed and ends the command with exit 2.
    func load() throws -> LoadedScenarios {
        let loaded = ScenarioLoader.load(extraDirectories: directories)
        if !loaded.diagnostics.isEmpty {
            for diagnostic in loaded.diagnostics { printError(diagnostic.description) }
            printError("fix the scenario files above ('secondcall scenarios lint DIR' checks a folder)")
            throw ExitCode(2)
        }
        return loaded
    }

    func lexicon() throws -> MoveLexicon {
        try exitingOnFailure(saying: "the practice moves") { try ScenarioLoader.loadLexicon() }
    }
}
