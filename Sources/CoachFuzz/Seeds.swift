import CoachCore
import CoachPacks
import CoachResources
import Foundation

/// The valid documents the fuzz targets start from, read once.
enum Seeds {
    static let notes = """
    ---
    account: Acme Retail
    contact: Nick
    ---
    # a comment
    [00:04] me: How has the season been across the stores?
    [00:20] c: Sales are flat. Footfall is up and sales are not.
    [00:31] he sounds tired
    [01:02] private: #1 priority is the shelves
    [03:20] /need shelf training that sticks
    [03:25] /stage opportunity
    [1:07:55] /next call with regional managers
    /mark pricing came up
    """

    static let plan = """
    account: Acme Retail
    contact: Nick
    style: direct
    objectives:
      - I want to get them to decide on the new module
      - Learn what changed since spring
    questions:
      - What would a good season look like?
    prep:
      recent news: two new stores
      what drives their revenue:
    """

    static let rules = texts(in: ShippedResources.rulesDirectory)
    static let scenarios = texts(in: ShippedResources.scenariosDirectory)
    static let pack = RulePackLoader.load(directories: [ShippedResources.rulesDirectory]).pack
    static let lexicon = try! ScenarioLoader.loadLexicon()
    static let objectiveCoach = try! ObjectiveCoachLoader.loadDefault()
    static let scenario = ScenarioLoader.load().scenarios[0].scenario
    static let call = NotesParser.parse(notes).document.notes + [
        .said(.me, "Let me tell you about us. We are the market leader!"),
        .said(.customer, "Last time your rollout was late."),
        .said(.me, "Can we set up a time next week?"),
    ]

    private static func texts(in directory: URL) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }
            .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
    }
}
