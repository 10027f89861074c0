import CoachCore
import CoachResources
import Foundation
import Yams

/// Reads the objective coach's data: `learning` phrases, `leads` (wants and plain openings), `joins`, the
/// `want-to-learn` and `fallback` rewrites, and the ordered `frames`.
public enum ObjectiveCoachLoader {
    public static func loadDefault() throws -> ObjectiveCoach {
        try load(ShippedResources.objectivesDirectory.appendingPathComponent("default.yaml"))
    }

    public static func load(_ url: URL) throws -> ObjectiveCoach {
        var yaml = YAMLReader(path: url.path)
        let coach = read(&yaml, yaml.document(try String(contentsOf: url, encoding: .utf8)))
        if let first = yaml.diagnostics.first { throw first }
        return coach!
    }

    private static func read(_ yaml: inout YAMLReader, _ node: Node?) -> ObjectiveCoach? {
        guard let fields = yaml.mapping(node, what: "the objective patterns") else { return nil }
        yaml.rejectUnknown(fields, allowed: ["learning", "leads", "joins", "want-to-learn", "fallback", "frames"], context: "the objective patterns")
        let learning = phrases(&yaml, fields, "learning") ?? []
        var leads = ObjectiveCoach.Leads(wants: [], plain: [])
        if let leadFields = yaml.mapping(fields.values["leads"], what: "'leads'") {
            yaml.rejectUnknown(leadFields, allowed: ["wants", "plain"], context: "'leads'")
            leads = .init(wants: phrases(&yaml, leadFields, "wants") ?? [], plain: phrases(&yaml, leadFields, "plain") ?? [])
        } else if !fields.has("leads") {
            yaml.report(fields.node, "missing field 'leads' (wants: and plain:)")
        }
        let joins = Set((yaml.strings(fields, "joins") ?? []).map { $0.0.lowercased() })
        let wantToLearn = frame(&yaml, fields.values["want-to-learn"], named: "want-to-learn", in: fields)
        let fallback = frame(&yaml, fields.values["fallback"], named: "fallback", in: fields)
        var frames: [ObjectiveCoach.Frame] = []
        if case .sequence(let items)? = fields.values["frames"] {
            frames = items.compactMap { frame(&yaml, $0, named: "a frame", in: fields, needsPhrases: true) }
        } else {
            yaml.report(fields.node, "missing field 'frames' (a list)")
        }
        guard let wantToLearn, let fallback else { return nil }
        return ObjectiveCoach(learning: learning, leads: leads, joins: joins, frames: frames, fallback: fallback, wantToLearn: wantToLearn)
    }

    /// A required phrase list. Objectives are read word by word from their start, so a vocabulary (`@name`,
    /// a list of ideas for rules and practice moves) has no place here and is reported.
    private static func phrases(_ yaml: inout YAMLReader, _ fields: Fields, _ key: String) -> [PhrasePattern]? {
        let phrases = yaml.phrases(fields, key, required: true)
        guard phrases?.contains(where: { !$0.vocabularyNames.isEmpty }) == true else { return phrases }
        for (text, node) in yaml.strings(fields, key) ?? [] where text.contains("@") {
            yaml.report(node, "'\(text)': objective patterns are read word by word; name words here, not a vocabulary")
        }
        return phrases
    }

    private static func frame(_ yaml: inout YAMLReader, _ node: Node?, named name: String, in parent: Fields,
                              needsPhrases: Bool = false) -> ObjectiveCoach.Frame? {
        guard node != nil else {
            yaml.report(parent.node, "missing field '\(name)'")
            return nil
        }
        guard let fields = yaml.mapping(node, what: name) else { return nil }
        yaml.rejectUnknown(fields, allowed: needsPhrases ? ["id", "phrases", "rewrite", "why"] : ["id", "rewrite", "why"], context: name)
        let phrases = needsPhrases ? phrases(&yaml, fields, "phrases") : []
        guard let id = yaml.string(fields, "id", required: true), let rewrite = yaml.string(fields, "rewrite", required: true),
              let why = yaml.string(fields, "why", required: true), let phrases else { return nil }
        return ObjectiveCoach.Frame(id: id, phrases: phrases, rewrite: rewrite, why: why)
    }
}
