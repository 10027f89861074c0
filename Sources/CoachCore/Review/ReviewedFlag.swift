/// A flag as the review shows it: what the rule said, and whether the rep or coach dismissed it as not a
/// barrier after all.
public struct ReviewedFlag: Sendable, Equatable {
    public var noteIndex: Int
    public var rule: String
    public var target: RuleTarget
    public var severity: Severity
    public var message: String
    public var tip: String
    public var evidence: String
    public var evidenceStrength: EvidenceStrength
    public var dismissed: Bool

    public init(noteIndex: Int, rule: String, target: RuleTarget, severity: Severity, message: String, tip: String,
                evidence: String, evidenceStrength: EvidenceStrength = .strong, dismissed: Bool = false) {
        self.noteIndex = noteIndex
        self.rule = rule
        self.target = target
        self.severity = severity
        self.message = message
        self.tip = tip
        self.evidence = evidence
        self.evidenceStrength = evidenceStrength
        self.dismissed = dismissed
    }

    public init(_ flag: Flag) {
        self.init(noteIndex: flag.noteIndex, rule: flag.ruleID, target: flag.target, severity: flag.severity,
                  message: flag.message, tip: flag.tip, evidence: flag.evidence, evidenceStrength: flag.evidenceStrength)
    }
}

extension ReviewedFlag {
    /// What a review says beside the flag's message: how sure it is, and whether it was dismissed.
    public var remarks: [String] {
        (evidenceStrength == .weak ? ["weak evidence"] : []) + (dismissed ? ["dismissed: not a barrier"] : [])
    }

    /// The remarks as text to follow the message: " (weak evidence) (dismissed: not a barrier)".
    public var remarkText: String { remarks.map { " (\($0))" }.joined() }
}
