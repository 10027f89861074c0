import CoachCore
import Foundation
import Yams

/// What one rule file says: a rule, or that a rule of an earlier pack is switched off.
enum RuleFileContent {
    case rule(RuleDefinition, idNode: Node?)
    case disable(id: String, idNode: Node?)
}

/// Reads one rule file (YAML) into a rule definition, reporting every problem with its line and column.
struct RuleFileReader {
    static let commonFields = ["id", "barrier", "strength", "kind", "severity", "speaker", "stages", "message", "tip", "examples", "enabled"]
    static let kindFields: [String: [String]] = [
        "phrase": ["phrases", "exceptions"],
        "before": ["phrases", "exceptions", "before"],
        "streak": ["count", "min_words"],
        "length": ["max_words"],
        "unanswered": ["phrases", "acknowledgements", "within"],
        "cue": ["phrases"],
        "repeat": ["min_shared"],
        "metric": ["measure", "above", "below", "at", "min_notes"],
        "question": ["open_only"],
        "list": ["min_items"],
        "planned": ["min_shared"],
        "prep": ["min_blank"],
    ]

    private var yaml: YAMLReader

    init(path: String) { yaml = YAMLReader(path: path) }

    static func read(path: String, text: String) -> (RuleFileContent?, [FileDiagnostic]) {
        var reader = RuleFileReader(path: path)
        let content = reader.read(text)
        return (reader.yaml.diagnostics.isEmpty ? content : nil, reader.yaml.diagnostics)
    }

    private mutating func read(_ text: String) -> RuleFileContent? {
        guard let fields = yaml.mapping(yaml.document(text), what: "a rule file") else { return nil }
        guard let id = yaml.string(fields, "id", required: true) else { return nil }
        if !id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) {
            yaml.report(fields.values["id"], "rule id '\(id)' must be lower-case words joined by '-', e.g. 'pitching-about-us'")
        }
        if yaml.bool(fields, "enabled") == false {
            yaml.rejectUnknown(fields, allowed: ["id", "enabled"], context: "a rule that is switched off")
            return .disable(id: id, idNode: fields.values["id"])
        }
        guard let kindName = yaml.string(fields, "kind", required: true) else { return nil }
        guard let specificFields = Self.kindFields[kindName] else {
            yaml.report(fields.values["kind"], "unknown kind '\(kindName)'; kinds: \(Self.kindFields.keys.sorted().joined(separator: ", "))")
            return nil
        }
        yaml.rejectUnknown(fields, allowed: Self.commonFields + specificFields, context: "a '\(kindName)' rule")

        let target = readTarget(fields)
        let severity: Severity = yaml.choice(fields, "severity") ?? .warning
        let stages = readStages(fields)
        let message = yaml.string(fields, "message", required: true)
        let tip = yaml.string(fields, "tip", required: true)
        let examples = readExamples(fields)
        let kind = readKind(kindName, fields)
        let speaker = readSpeaker(fields, default: Self.defaultSpeaker(for: kindName))
        guard let target, let message, let tip, let examples, let kind, let speaker else { return nil }
        let rule = RuleDefinition(id: id, target: target, kind: kind, severity: severity, speaker: speaker.value,
                                  stages: stages, message: message, tip: tip, examples: examples, file: yaml.path)
        return .rule(rule, idNode: fields.values["id"])
    }

    private static func defaultSpeaker(for kind: String) -> String {
        switch kind {
        case "cue", "unanswered": "customer"
        case "metric", "prep": "any"
        default: "me"
        }
    }

    // MARK: Common fields

    private mutating func readTarget(_ fields: Fields) -> RuleTarget? {
        switch (fields.has("barrier"), fields.has("strength")) {
        case (true, true):
            yaml.report(fields.values["strength"], "a rule flags a barrier or a strength, not both")
            return nil
        case (false, false):
            yaml.report(fields.node, "missing field 'barrier' (or 'strength' for what went well)")
            return nil
        case (true, false):
            return (yaml.choice(fields, "barrier") as Barrier?).map(RuleTarget.barrier)
        case (false, true):
            return (yaml.choice(fields, "strength") as Strength?).map(RuleTarget.strength)
        }
    }

    private struct SpeakerChoice { var value: Speaker? }

    private mutating func readSpeaker(_ fields: Fields, default defaultName: String) -> SpeakerChoice? {
        let name = yaml.string(fields, "speaker") ?? defaultName
        switch name {
        case "me": return SpeakerChoice(value: .me)
        case "customer", "them": return SpeakerChoice(value: .customer)
        case "observation", "private": return SpeakerChoice(value: .observation)
        case "any": return SpeakerChoice(value: nil)
        default:
            yaml.report(fields.values["speaker"], "unknown speaker '\(name)'; one of: me, customer, observation, any")
            return nil
        }
    }

    private mutating func readStages(_ fields: Fields) -> [Stage] {
        (yaml.strings(fields, "stages") ?? []).compactMap { text, node in yaml.oneOf(text, at: node, what: "stage", listedAs: "stages") }
    }

    private mutating func readExamples(_ fields: Fields) -> RuleExamples? {
        guard let node = fields.values["examples"] else {
            yaml.report(fields.node, "missing field 'examples': every rule needs 'flag' and 'pass' examples (snippets in the notes format)")
            return nil
        }
        guard let examples = yaml.mapping(node, what: "'examples'") else { return nil }
        yaml.rejectUnknown(examples, allowed: ["flag", "pass", "plan"], context: "'examples'")
        let flag = (yaml.strings(examples, "flag") ?? []).map(\.0)
        let pass = (yaml.strings(examples, "pass") ?? []).map(\.0)
        let plan = examples.values["plan"].flatMap { yaml.mapping($0, what: "the examples' 'plan'") }
            .map { PlanFileReader.read($0, with: &yaml).plan }
        guard !flag.isEmpty, !pass.isEmpty else {
            yaml.report(node, "'examples' needs at least one 'flag' and one 'pass' snippet")
            return nil
        }
        return RuleExamples(flag: flag, pass: pass, plan: plan)
    }

    // MARK: Kinds

    private mutating func readKind(_ name: String, _ fields: Fields) -> RuleKind? {
        switch name {
        case "phrase":
            guard let phrases = yaml.phrases(fields, "phrases", required: true) else { return nil }
            return .phrase(phrases: phrases, exceptions: yaml.phrases(fields, "exceptions") ?? [])
        case "before":
            guard let phrases = yaml.phrases(fields, "phrases", required: true), let condition = readBefore(fields) else { return nil }
            return .before(phrases: phrases, exceptions: yaml.phrases(fields, "exceptions") ?? [], condition: condition)
        case "streak":
            guard let count = yaml.integer(fields, "count", range: 2...50) ?? yaml.missing(fields, "count") else { return nil }
            return .streak(count: count, minimumWords: yaml.integer(fields, "min_words", range: 1...200) ?? 6)
        case "length":
            guard let maximum = yaml.integer(fields, "max_words", range: 5...2000) ?? yaml.missing(fields, "max_words") else { return nil }
            return .length(maximumWords: maximum)
        case "unanswered":
            guard let phrases = yaml.phrases(fields, "phrases", required: true),
                  let acknowledgements = yaml.phrases(fields, "acknowledgements", required: true) else { return nil }
            return .unanswered(phrases: phrases, acknowledgements: acknowledgements,
                               within: yaml.integer(fields, "within", range: 1...20) ?? 2)
        case "cue":
            return yaml.phrases(fields, "phrases", required: true).map { .cue(phrases: $0) }
        case "repeat":
            return .repeatQuestion(minimumShared: yaml.integer(fields, "min_shared", range: 1...20) ?? 2)
        case "metric":
            return readMetric(fields).map(RuleKind.metric)
        case "question":
            return .question(openOnly: yaml.bool(fields, "open_only") ?? true)
        case "list":
            guard let minimum = yaml.integer(fields, "min_items", range: 2...100) ?? yaml.missing(fields, "min_items") else { return nil }
            return .list(minimumItems: minimum)
        case "planned":
            return .plannedQuestion(minimumShared: yaml.integer(fields, "min_shared", range: 1...20) ?? 2)
        case "prep":
            return .blankPrep(minimumBlank: yaml.integer(fields, "min_blank", range: 1...100) ?? 1)
        default:
            return nil
        }
    }

    private mutating func readBefore(_ fields: Fields) -> BeforeCondition? {
        guard let node = fields.values["before"] else {
            yaml.report(fields.node, "missing field 'before' (need: true, stage: opportunity, or minutes: 5)")
            return nil
        }
        guard let before = yaml.mapping(node, what: "'before'") else { return nil }
        yaml.rejectUnknown(before, allowed: ["need", "stage", "minutes"], context: "'before'")
        let condition = BeforeCondition(beforeNeed: yaml.bool(before, "need") ?? false,
                                        beforeStage: yaml.choice(before, "stage"),
                                        withinMinutes: yaml.number(before, "minutes", range: 0...600))
        guard condition.beforeNeed || condition.beforeStage != nil || condition.withinMinutes != nil else {
            yaml.report(node, "'before' needs need: true, a stage, or minutes")
            return nil
        }
        return condition
    }

    private mutating func readMetric(_ fields: Fields) -> MetricCondition? {
        let measure: MetricCondition.Measure? = yaml.choice(fields, "measure", required: true)
        let moment: MetricCondition.Moment? = yaml.choice(fields, "at", required: true)
        let above = yaml.number(fields, "above", range: 0...1_000_000)
        let below = yaml.number(fields, "below", range: 0...1_000_000)
        if above == nil, below == nil, !fields.has("above"), !fields.has("below") {
            yaml.report(fields.node, "a metric rule needs 'above' or 'below'")
        }
        guard let measure, let moment, above != nil || below != nil else { return nil }
        return MetricCondition(measure: measure, above: above, below: below, at: moment,
                               minimumNotes: yaml.integer(fields, "min_notes", range: 0...100_000) ?? 0)
    }
}
