/// A barrier (or strength) shown by a note: which rule saw it, where, and what to do instead.
public struct Flag: Equatable, Sendable, Codable {
    public var ruleID: String
    public var target: RuleTarget
    public var severity: Severity
    /// The note the flag is anchored to (0-based, in call order).
    public var noteIndex: Int
    /// UTF-8 range of the words that showed it, in the anchor note's text; nil when the whole note does.
    public var span: Range<Int>?
    public var message: String
    public var tip: String
    /// The words that showed it, or a measure that did ("talk share 81%").
    public var evidence: String

    public init(ruleID: String, target: RuleTarget, severity: Severity, noteIndex: Int, span: Range<Int>?,
                message: String, tip: String, evidence: String) {
        self.ruleID = ruleID
        self.target = target
        self.severity = severity
        self.noteIndex = noteIndex
        self.span = span
        self.message = message
        self.tip = tip
        self.evidence = evidence
    }

    public var barrier: Barrier? { target.barrier }
}
