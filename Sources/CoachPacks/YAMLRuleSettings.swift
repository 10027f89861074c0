import CoachCore
import Yams

/// A rule's settings read from its YAML mapping for its kind; every problem lands in the file's
/// diagnostics at its line and column.
struct YAMLRuleSettings: RuleSettings {
    /// The reader shared by the rule and its nested sections, so their reports end up in one place.
    final class Reader {
        var yaml: YAMLReader

        init(_ yaml: YAMLReader) { self.yaml = yaml }
    }

    let fields: Fields
    let reader: Reader

    func has(_ key: String) -> Bool { fields.has(key) }

    mutating func phrases(_ key: String, required: Bool) -> [PhrasePattern]? {
        reader.yaml.phrases(fields, key, required: required)
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int>) -> Int? {
        reader.yaml.integer(fields, key, range: range)
    }

    mutating func number(_ key: String, in range: ClosedRange<Double>) -> Double? {
        reader.yaml.number(fields, key, range: range)
    }

    mutating func bool(_ key: String) -> Bool? { reader.yaml.bool(fields, key) }

    mutating func text(_ key: String, required: Bool) -> String? {
        reader.yaml.string(fields, key, required: required)
    }

    mutating func section(_ key: String, fields allowed: [String]) -> YAMLRuleSettings? {
        guard let section = reader.yaml.mapping(fields.values[key], what: "'\(key)'") else { return nil }
        reader.yaml.rejectUnknown(section, allowed: allowed, context: "'\(key)'")
        return YAMLRuleSettings(fields: section, reader: reader)
    }

    mutating func report(_ key: String?, _ message: String) {
        reader.yaml.report(key.flatMap { fields.values[$0] } ?? fields.node, message)
    }
}
