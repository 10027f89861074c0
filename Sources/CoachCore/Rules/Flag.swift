/// A barrier (or strength) shown by a note: which rule saw it, where, how sure, what to do instead, and
/// whether the rep or a coach dismissed it. One type from the engine to the screens, the journal, the team
/// database and the JSON every command writes (its shape is `Flag.encode(to:)`).
public struct Flag: Equatable, Sendable {
    /// The rule's id, message and tip, shared by every flag the rule raises, so copying a flag retains one
    /// reference rather than three strings.
    let texts: RuleTexts
    public var rule: String { texts.rule }
    public var target: RuleTarget
    public var severity: Severity
    /// How sure the rule is: the live coach nudges only on strong evidence; the review shows both.
    public var evidenceStrength: EvidenceStrength
    /// The note the flag is anchored to (0-based, in call order).
    public var noteIndex: Int
    /// UTF-8 range of the words that showed it, in the anchor note's text; nil when the whole note does.
    public var span: Range<Int>?
    public var message: String { texts.message }
    public var tip: String { texts.tip }
    /// The words that showed it, or a measure that did ("talk share 81%").
    public var evidence: String
    /// Marked in the review as not a barrier after all: kept, and not counted.
    public var dismissed: Bool
    /// Where the words that showed it start in a notes file (column in characters), when the flag was read from one.
    public var location: Diagnostic.Position?

    public init(rule: String, target: RuleTarget, severity: Severity, evidenceStrength: EvidenceStrength = .strong, noteIndex: Int,
                span: Range<Int>? = nil, message: String, tip: String, evidence: String, dismissed: Bool = false, location: Diagnostic.Position? = nil) {
        self.init(texts: RuleTexts(rule: rule, message: message, tip: tip), target: target, severity: severity,
                  evidenceStrength: evidenceStrength, noteIndex: noteIndex, span: span, evidence: evidence, dismissed: dismissed,
                  location: location)
    }

    init(texts: RuleTexts, target: RuleTarget, severity: Severity, evidenceStrength: EvidenceStrength = .strong, noteIndex: Int,
                span: Range<Int>? = nil, evidence: String, dismissed: Bool = false, location: Diagnostic.Position? = nil) {
        self.texts = texts
        self.target = target
        self.severity = severity
        self.evidenceStrength = evidenceStrength
        self.noteIndex = noteIndex
        self.span = span
        self.evidence = evidence
        self.dismissed = dismissed
        self.location = location
    }

    public var barrier: Barrier? { target.barrier }

    /// What a review says beside the flag's message: how sure it is, and whether it was dismissed.
    public var remarks: [String] {
        (evidenceStrength == .weak ? ["weak evidence"] : []) + (dismissed ? ["dismissed: not a barrier"] : [])
    }

    /// The remarks as text to follow the message: " (weak evidence) (dismissed: not a barrier)".
    public var remarkText: String { remarks.map { " (\($0))" }.joined() }

    /// The flag as a compiler reports a problem: `path:line:col: severity: message [barrier/rule]`.
    public func compilerLine(path: String) -> String {
        "\(path):\(location?.line ?? 0):\(location?.column ?? 0): \(severity.rawValue): \(message) [\(target.id)/\(rule)]"
    }
}

/// A rule's texts as its flags show them.
final class RuleTexts: Equatable, Sendable {
    let rule: String
    let message: String
    let tip: String

    init(rule: String, message: String, tip: String) {
        self.rule = rule
        self.message = message
        self.tip = tip
    }

    static func == (left: RuleTexts, right: RuleTexts) -> Bool {
        left === right || (left.rule == right.rule && left.message == right.message && left.tip == right.tip)
    }
}

/// How sure a flag is. Strong: the rep's own words about it, or a clear structure (a bad past stepped
/// over, a request put off). Weak: a single word that often means it but not always.
public enum EvidenceStrength: String, Sendable, CaseIterable, Codable {
    case strong
    case weak
}

/// The flag as JSON, the same in every output: `note` counts from 1, as the notes read; `barrier` or
/// `strength` names what it flags; `line`, `column` and `span` are there when known.
extension Flag: Encodable {
    private enum CodingKeys: String, CodingKey {
        case rule, barrier, strength, severity, evidenceStrength, note, line, column, span, message, tip, evidence, dismissed
    }

    private struct Span: Encodable {
        var start: Int
        var end: Int
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        switch target {
        case .barrier(let barrier): try container.encode(barrier, forKey: .barrier)
        case .strength(let strength): try container.encode(strength, forKey: .strength)
        }
        try container.encode(severity, forKey: .severity)
        try container.encode(evidenceStrength, forKey: .evidenceStrength)
        try container.encode(noteIndex + 1, forKey: .note)
        try container.encodeIfPresent(location?.line, forKey: .line)
        try container.encodeIfPresent(location?.column, forKey: .column)
        try container.encodeIfPresent(span.map { Span(start: $0.lowerBound, end: $0.upperBound) }, forKey: .span)
        try container.encode(message, forKey: .message)
        try container.encode(tip, forKey: .tip)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(dismissed, forKey: .dismissed)
    }
}
