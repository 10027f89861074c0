import CoachCore
import Foundation
import Yams

/// A plan file read, with where each objective and prep item stands in it, for diagnostics.
public struct LoadedPlan: Sendable {
    public var plan: CallPlan
    public var objectivePositions: [Diagnostic.Position]
    public var prepPositions: [Diagnostic.Position]
}

/// Reads a plan file: `account`, `contact`, `style`, `objectives` (list), `questions` (list), `prep` (map of
/// item to answer). Every problem is a diagnostic with its line and column.
public enum PlanFileReader {
    public static let fields = ["account", "contact", "style", "objectives", "questions", "prep"]

    /// Reads a plan file's bytes: bytes that are not UTF-8 are a problem at their place, and no plan.
    public static func read(path: String, bytes: [UInt8]) -> (LoadedPlan?, [FileDiagnostic]) {
        switch FileText.decode(bytes, path: path) {
        case .success(let text): read(path: path, text: text)
        case .failure(let problem): (nil, [problem])
        }
    }

    public static func read(path: String, text: String) -> (LoadedPlan?, [FileDiagnostic]) {
        var yaml = YAMLReader(path: path)
        guard let fields = yaml.mapping(yaml.document(text), what: "a plan file") else { return (nil, yaml.diagnostics) }
        let loaded = read(fields, with: &yaml)
        return yaml.diagnostics.isEmpty ? (loaded, []) : (nil, yaml.diagnostics)
    }

    /// Reads a plan from a mapping already parsed (a plan file, or the plan given with a rule's examples).
    static func read(_ fields: Fields, with yaml: inout YAMLReader) -> LoadedPlan {
        yaml.rejectUnknown(fields, allowed: Self.fields, context: "a plan")
        var plan = CallPlan(prep: [])
        plan.account = yaml.optionalText(fields, "account")
        plan.contact = yaml.optionalText(fields, "contact")
        plan.style = yaml.optionalText(fields, "style")
        let objectives = yaml.strings(fields, "objectives") ?? []
        plan.objectives = objectives.map(\.0)
        plan.questions = (yaml.strings(fields, "questions") ?? []).map(\.0)
        var prepPositions: [Diagnostic.Position] = []
        if let node = fields.values["prep"] {
            if case .mapping(let mapping) = node {
                for (key, value) in mapping {
                    guard case .scalar(let answer) = value else {
                        yaml.report(value, "the answer for a prep item must be text (leave it empty while not done)")
                        continue
                    }
                    let text = ["~", "null"].contains(answer.string) && answer.style == .plain ? "" : answer.string
                    plan.prep.append((key.string ?? "", text.trimmingCharacters(in: .whitespacesAndNewlines)))
                    prepPositions.append(Diagnostic.Position(key.mark))
                }
            } else {
                yaml.report(node, "'prep' must be a mapping of item to answer, e.g. 'recent news: opened two stores'")
            }
        } else {
            plan.prep = CallPlan.standardPrep.map { ($0, "") }
            prepPositions = plan.prep.map { _ in Diagnostic.Position(line: 1, column: 1) }
        }
        return LoadedPlan(plan: plan, objectivePositions: objectives.map { Diagnostic.Position($0.1.mark) },
                          prepPositions: prepPositions)
    }
}

extension Diagnostic.Position {
    init(_ mark: Mark?) { self.init(line: mark?.line ?? 1, column: mark?.column ?? 1) }
}
