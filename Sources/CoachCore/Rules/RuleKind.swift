/// How a rule decides. Each kind is one type in `Kinds/` that reads its own settings, names its phrase
/// lists and makes its evaluator; adding one takes registering it in `RuleKinds.all` and giving its
/// evaluator a case in `CompiledCheck` and an array in `CheckTable`.
public protocol RuleKind: Sendable, Codable {
    /// The name rule files give in `kind:`.
    static var name: String { get }
    /// The kind's own fields, besides those every rule has.
    static var fields: [String] { get }
    /// Whose notes it reads when the rule does not say.
    static var defaultSpeakers: Set<Speaker> { get }
    /// Reads the kind's settings; nil when something is wrong or missing (the settings have reported it).
    init?(settings: inout some RuleSettings)
    /// The kind's phrase lists, in the order its evaluator takes their set ids; empty for kinds that read none.
    var phraseLists: [[PhrasePattern]] { get }
    /// A fresh evaluator for one call.
    func makeCheck(_ inputs: CheckInputs) -> CompiledCheck
}

extension RuleKind {
    public static var defaultSpeakers: Set<Speaker> { [.me] }
    public var phraseLists: [[PhrasePattern]] { [] }
    public var name: String { Self.name }
}

/// What an evaluator is made from: the set ids of the kind's phrase lists (nil for an empty list) and the
/// call's plan.
public struct CheckInputs {
    public let sets: [PhraseMatcher.SetID?]
    /// The sentences the rule reads (its scope's form), for the phrase tests.
    public let form: RuleScope.Form
    public let plan: CallPlan?
    public let plannedQuestions: PlannedQuestions
}

/// Every kind a rule file can name.
public enum RuleKinds {
    public static let all: [any RuleKind.Type] = [
        PhraseKind.self, BeforeKind.self, StreakKind.self, LengthKind.self, UnansweredKind.self, ReplyKind.self,
        CueKind.self, RepeatKind.self, MetricKind.self, QuestionKind.self, ListKind.self, PlannedKind.self, PrepKind.self,
    ]

    public static func named(_ name: String) -> (any RuleKind.Type)? { all.first { $0.name == name } }
}

/// A rule's own settings as its kind reads them. A pack reader implements it over its file format and
/// reports each problem at its place; a kind gets nil for a setting that is wrong, or missing and required.
public protocol RuleSettings {
    func has(_ key: String) -> Bool
    mutating func phrases(_ key: String, required: Bool) -> [PhrasePattern]?
    mutating func integer(_ key: String, in range: ClosedRange<Int>) -> Int?
    mutating func number(_ key: String, in range: ClosedRange<Double>) -> Double?
    mutating func bool(_ key: String) -> Bool?
    mutating func text(_ key: String, required: Bool) -> String?
    /// A nested mapping of settings with the given fields; nil (reported) when it is not one.
    mutating func section(_ key: String, fields: [String]) -> Self?
    /// Reports a problem at the key's value, or at the rule itself for nil.
    mutating func report(_ key: String?, _ message: String)
}

extension RuleSettings {
    /// A value from a fixed list; anything else is reported with the list.
    public mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false) -> T? where T.RawValue == String {
        guard let text = text(key, required: required) else { return nil }
        guard let value = T(rawValue: text) else {
            report(key, "unknown \(key) '\(text)'; one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return value
    }

    /// A required whole number: reported when missing.
    public mutating func requiredInteger(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard has(key) else {
            report(nil, "missing field '\(key)'")
            return nil
        }
        return integer(key, in: range)
    }
}

extension RuleSettings {
    /// An optional phrase list: empty when absent, nil when present but wrong.
    public mutating func optionalPhrases(_ key: String) -> [PhrasePattern]? {
        has(key) ? phrases(key, required: false) : []
    }
}

extension RuleSettings {
    /// A setting with a default: the default when absent, nil (reported) when present but wrong.
    public mutating func integer(_ key: String, in range: ClosedRange<Int>, default value: Int) -> Int? {
        has(key) ? integer(key, in: range) : value
    }

    public mutating func bool(_ key: String, default value: Bool) -> Bool? {
        has(key) ? bool(key) : value
    }
}
