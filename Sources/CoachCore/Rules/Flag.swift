/// A barrier (or strength) shown by a note: which rule saw it, where, how sure, and what to do instead.
public struct Flag: Equatable, Sendable, Codable {
    public var ruleID: String
    public var target: RuleTarget
    public var severity: Severity
    /// How sure the rule is: the live coach nudges only on strong evidence; the review shows both.
    public var evidenceStrength: EvidenceStrength
    /// The note the flag is anchored to (0-based, in call order).
    public var noteIndex: Int
    /// UTF-8 range of the words that showed it, in the anchor note's text; nil when the whole note does.
    public var span: Range<Int>?
    public var message: String
    public var tip: String
    /// The words that showed it, or a measure that did ("talk share 81%").
    public var evidence: String

    public init(ruleID: String, target: RuleTarget, severity: Severity, evidenceStrength: EvidenceStrength = .strong,
                noteIndex: Int, span: Range<Int>?, message: String, tip: String, evidence: String) {
        self.ruleID = ruleID
        self.target = target
        self.severity = severity
        self.evidenceStrength = evidenceStrength
        self.noteIndex = noteIndex
        self.span = span
        self.message = message
        self.tip = tip
        self.evidence = evidence
    }

    public var barrier: Barrier? { target.barrier }
}

/// How sure a flag is. Strong: the rep's own words about it, or a clear structure (a bad past stepped
/// over, a request put off). Weak: a single word that often means it but not always.
public enum EvidenceStrength: String, Sendable, CaseIterable, Codable {
    case strong
    case weak
}
