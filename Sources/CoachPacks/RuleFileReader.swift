import CoachCore
import Foundation
import Yams

/// What one rule file says: a rule, or that a rule of an earlier pack is switched off.
enum RuleFileContent {
    case rule(RuleDefinition, idNode: Node?)
    case disable(id: String, idNode: Node?)
}

/// Reads one rule file (YAML) into a rule definition, reporting every problem with its line and column.
/// The fields every rule has are read here; each kind reads its own (`RuleKind.init(settings:)`).
struct RuleFileReader {
    static let commonFields = [
        "id", "barrier", "strength", "kind", "severity", "evidence_strength", "speaker", "stages", "self_report",
        "skip_answers", "form", "message", "tip", "examples", "enabled",
    ]

    private let reader: YAMLRuleSettings.Reader
    /// Vocabularies a phrase may name, so an unknown `@name` is reported at its place.
    private let vocabularyNames: Set<String>

    init(path: String, vocabularyNames: Set<String>) {
        reader = YAMLRuleSettings.Reader(YAMLReader(path: path))
        self.vocabularyNames = vocabularyNames
    }

    static func read(path: String, text: String, vocabularyNames: Set<String>) -> (RuleFileContent?, [FileDiagnostic]) {
        let fileReader = RuleFileReader(path: path, vocabularyNames: vocabularyNames)
        let content = fileReader.read(text)
        let diagnostics = fileReader.reader.yaml.diagnostics
        return (diagnostics.isEmpty ? content : nil, diagnostics)
    }

    private func read(_ text: String) -> RuleFileContent? {
        guard let fields = reader.yaml.mapping(reader.yaml.document(text), what: "a rule file") else { return nil }
        guard let id = reader.yaml.string(fields, "id", required: true) else { return nil }
        if !id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) {
            reader.yaml.report(fields.values["id"], "rule id '\(id)' must be lower-case words joined by '-', e.g. 'pitching-about-us'")
        }
        if reader.yaml.bool(fields, "enabled") == false {
            reader.yaml.rejectUnknown(fields, allowed: ["id", "enabled"], context: "a rule that is switched off")
            return .disable(id: id, idNode: fields.values["id"])
        }
        guard let kindName = reader.yaml.string(fields, "kind", required: true) else { return nil }
        guard let kindType = RuleKinds.named(kindName) else {
            reader.yaml.report(fields.values["kind"], "unknown kind '\(kindName)'; kinds: \(RuleKinds.all.map { $0.name }.sorted().joined(separator: ", "))")
            return nil
        }
        reader.yaml.rejectUnknown(fields, allowed: Self.commonFields + kindType.fields, context: "a '\(kindName)' rule")

        let target = readTarget(fields)
        let severity: Severity = reader.yaml.choice(fields, "severity") ?? .warning
        let strength: EvidenceStrength = reader.yaml.choice(fields, "evidence_strength") ?? .strong
        let scope = readScope(fields, defaultSpeakers: kindType.defaultSpeakers)
        let message = reader.yaml.string(fields, "message", required: true)
        let tip = reader.yaml.string(fields, "tip", required: true)
        let examples = readExamples(fields)
        var settings = YAMLRuleSettings(fields: fields, reader: reader)
        let kind = kindType.init(settings: &settings)
        if let kind { checkVocabularies(kind, fields) }
        guard let target, let message, let tip, let examples, let kind, let scope else { return nil }
        let rule = RuleDefinition(id: id, target: target, kind: kind, severity: severity, scope: scope, evidenceStrength: strength,
                                  message: message, tip: tip, examples: examples, file: reader.yaml.path)
        return .rule(rule, idNode: fields.values["id"])
    }

    // MARK: Common fields

    private func readTarget(_ fields: Fields) -> RuleTarget? {
        switch (fields.has("barrier"), fields.has("strength")) {
        case (true, true):
            reader.yaml.report(fields.values["strength"], "a rule flags a barrier or a strength, not both")
            return nil
        case (false, false):
            reader.yaml.report(fields.node, "missing field 'barrier' (or 'strength' for what went well)")
            return nil
        case (true, false):
            return (reader.yaml.choice(fields, "barrier") as Barrier?).map(RuleTarget.barrier)
        case (false, true):
            return (reader.yaml.choice(fields, "strength") as Strength?).map(RuleTarget.strength)
        }
    }

    private func readScope(_ fields: Fields, defaultSpeakers: Set<Speaker>) -> RuleScope? {
        let speakers = readSpeakers(fields) ?? defaultSpeakers
        let stages = (reader.yaml.strings(fields, "stages") ?? []).compactMap { text, node -> Stage? in
            reader.yaml.oneOf(text, at: node, what: "stage", listedAs: "stages")
        }
        let selfReports: RuleScope.SelfReports? = fields.has("self_report") ? reader.yaml.choice(fields, "self_report") : .included
        let skipsAnswers = fields.has("skip_answers") ? reader.yaml.bool(fields, "skip_answers") : false
        let form: RuleScope.Form? = fields.has("form") ? reader.yaml.choice(fields, "form") : .any
        guard let selfReports, let skipsAnswers, let form else { return nil }
        return RuleScope(speakers: speakers, stages: stages, selfReports: selfReports, skipsAnswers: skipsAnswers, form: form)
    }

    /// `speaker: me`, or a list (`speaker: [me, private]`); `any` for every note. Nil when absent.
    private func readSpeakers(_ fields: Fields) -> Set<Speaker>? {
        guard let node = fields.values["speaker"] else { return nil }
        let names: [(String, Node)]
        if case .scalar(let scalar) = node { names = [(scalar.string, node)] } else { names = reader.yaml.strings(fields, "speaker") ?? [] }
        var speakers: Set<Speaker> = []
        for (name, item) in names {
            switch name {
            case "me": speakers.insert(.me)
            case "customer", "them": speakers.insert(.customer)
            case "observation", "private": speakers.insert(.observation)
            case "any": return []
            default: reader.yaml.report(item, "unknown speaker '\(name)'; one of: me, customer, private, any (or a list of them)")
            }
        }
        return speakers
    }

    private func readExamples(_ fields: Fields) -> RuleExamples? {
        guard let node = fields.values["examples"] else {
            reader.yaml.report(fields.node, "missing field 'examples': every rule needs 'flag' and 'pass' examples (snippets in the notes format)")
            return nil
        }
        guard let examples = reader.yaml.mapping(node, what: "'examples'") else { return nil }
        reader.yaml.rejectUnknown(examples, allowed: ["flag", "pass", "plan"], context: "'examples'")
        let flag = (reader.yaml.strings(examples, "flag") ?? []).map(\.0)
        let pass = (reader.yaml.strings(examples, "pass") ?? []).map(\.0)
        let plan = examples.values["plan"].flatMap { reader.yaml.mapping($0, what: "the examples' 'plan'") }
            .map { PlanFileReader.read($0, with: &reader.yaml).plan }
        guard !flag.isEmpty, !pass.isEmpty else {
            reader.yaml.report(node, "'examples' needs at least one 'flag' and one 'pass' snippet")
            return nil
        }
        return RuleExamples(flag: flag, pass: pass, plan: plan)
    }

    /// Reports each `@name` that names no vocabulary, at the phrase that names it.
    private func checkVocabularies(_ kind: any RuleKind, _ fields: Fields) {
        let unknown = kind.phraseLists.joined().flatMap(\.vocabularyNames).filter { !vocabularyNames.contains($0) }
        guard !unknown.isEmpty else { return }
        for key in type(of: kind).fields {
            guard case .sequence? = fields.values[key] else { continue }
            for (text, node) in reader.yaml.strings(fields, key) ?? [] {
                for name in (try? PhrasePattern(text))?.vocabularyNames ?? [] where !vocabularyNames.contains(name) {
                    reader.yaml.report(node, "no vocabulary named '@\(name)'; vocabularies: \(vocabularyNames.sorted().map { "@\($0)" }.joined(separator: ", "))")
                }
            }
        }
    }
}
