import CoachCore
import CoachResources
import Foundation

/// Scenarios from the shipped folder, then each `--scenarios DIR`; a later one replaces an earlier one
/// with the same id.
public struct LoadedScenarios: Sendable {
    public var scenarios: [LoadedScenario]
    public var diagnostics: [FileDiagnostic]

    public func scenario(id: String) -> Scenario? { scenarios.first { $0.scenario.id == id }?.scenario }
}

public enum ScenarioLoader {
    public static func load(extraDirectories: [String] = [], includeShipped: Bool = true) -> LoadedScenarios {
        var directories = extraDirectories.map { URL(fileURLWithPath: $0) }
        if includeShipped { directories.insert(ShippedResources.scenariosDirectory, at: 0) }
        var scenarios: [LoadedScenario] = []
        var diagnostics: [FileDiagnostic] = []
        for directory in directories {
            let files: [URL]
            do {
                files = try DataFolder.yamlFiles(in: directory.path).map { URL(fileURLWithPath: $0) }
            } catch {
                diagnostics.append(FileDiagnostic(path: directory.path, Diagnostic(line: 1, column: 1,
                    "cannot read the scenarios folder: \(error.localizedDescription)")))
                continue
            }
            for file in files {
                guard let data = FileManager.default.contents(atPath: file.path) else {
                    diagnostics.append(FileDiagnostic(path: file.path, Diagnostic(line: 1, column: 1, "cannot read this scenario")))
                    continue
                }
                let text: String
                switch FileText.decode(Array(data), path: file.path) {
                case .success(let decoded): text = decoded
                case .failure(let problem):
                    diagnostics.append(problem)
                    continue
                }
                let (loaded, problems) = ScenarioReader.read(path: file.path, text: text)
                diagnostics += problems
                guard let loaded else { continue }
                diagnostics += ScenarioLint.problems(loaded)
                scenarios.removeAll { $0.scenario.id == loaded.scenario.id }
                scenarios.append(loaded)
            }
        }
        return LoadedScenarios(scenarios: scenarios, diagnostics: diagnostics)
    }

    /// The phrases that tell practice moves apart (`Resources/practice/moves.yaml`).
    public static func loadLexicon() throws -> MoveLexicon {
        let url = ShippedResources.practiceDirectory.appendingPathComponent("moves.yaml")
        var yaml = YAMLReader(path: url.path)
        let fields = yaml.mapping(yaml.document(try String(contentsOf: url, encoding: .utf8)), what: "the practice moves")
        if let fields { yaml.rejectUnknown(fields, allowed: ["second-call", "walk-away", "acknowledge"], context: "the practice moves") }
        guard let fields, let secondCall = yaml.phrases(fields, "second-call", required: true),
              let walkAway = yaml.phrases(fields, "walk-away", required: true),
              let acknowledge = yaml.phrases(fields, "acknowledge", required: true), yaml.diagnostics.isEmpty else {
            throw yaml.diagnostics.first ?? FileDiagnostic(path: url.path, Diagnostic(line: 1, column: 1, "cannot read the practice moves"))
        }
        return MoveLexicon(secondCall: secondCall, walkAway: walkAway, acknowledge: acknowledge)
    }
}
