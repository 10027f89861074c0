import CoachCore
import CoachResources
import Foundation
import Yams

/// Reads the objective coach's patterns: `learning` phrases and an ordered list of `patterns`.
public enum ObjectiveCoachLoader {
    public static func loadDefault() throws -> ObjectiveCoach {
        try load(ShippedResources.objectivesDirectory.appendingPathComponent("default.yaml"))
    }

    public static func load(_ url: URL) throws -> ObjectiveCoach {
        var yaml = YAMLReader(path: url.path)
        var patterns: [ObjectiveCoach.Pattern] = []
        var learning: [PhrasePattern] = []
        if let fields = yaml.mapping(yaml.document(try String(contentsOf: url, encoding: .utf8)), what: "the objective patterns") {
            yaml.rejectUnknown(fields, allowed: ["learning", "patterns"], context: "the objective patterns")
            learning = yaml.phrases(fields, "learning", required: true) ?? []
            if case .sequence(let items)? = fields.values["patterns"] {
                for item in items {
                    guard let pattern = yaml.mapping(item, what: "a pattern") else { continue }
                    yaml.rejectUnknown(pattern, allowed: ["id", "phrases", "rewrite", "why"], context: "a pattern")
                    if let id = yaml.string(pattern, "id", required: true), let rewrite = yaml.string(pattern, "rewrite", required: true),
                       let why = yaml.string(pattern, "why", required: true),
                       let phrases = yaml.phrases(pattern, "phrases", required: true) {
                        patterns.append(ObjectiveCoach.Pattern(id: id, phrases: phrases, rewrite: rewrite, why: why))
                    }
                }
            } else {
                yaml.report(fields.node, "missing field 'patterns' (a list)")
            }
        }
        if let first = yaml.diagnostics.first { throw first }
        return ObjectiveCoach(patterns: patterns, learningPhrases: learning)
    }
}
