/// A rule as written in a pack: what it flags, how it decides (its kind), which notes it reads, how sure
/// its flags are, what it says, and examples.
public struct RuleDefinition: Sendable {
    public var id: String
    public var target: RuleTarget
    public var kind: any RuleKind
    public var severity: Severity
    public var scope: RuleScope
    public var evidenceStrength: EvidenceStrength
    public var message: String
    public var tip: String
    public var examples: RuleExamples
    /// Where the rule came from, for messages.
    public var file: String

    public init(id: String, target: RuleTarget, kind: any RuleKind, severity: Severity = .warning, scope: RuleScope? = nil,
                evidenceStrength: EvidenceStrength = .strong, message: String, tip: String, examples: RuleExamples = RuleExamples(),
                file: String = "") {
        self.id = id
        self.target = target
        self.kind = kind
        self.severity = severity
        self.scope = scope ?? RuleScope(speakers: type(of: kind).defaultSpeakers)
        self.evidenceStrength = evidenceStrength
        self.message = message
        self.tip = tip
        self.examples = examples
        self.file = file
    }
}

/// Small snippets in the notes format: each `flag` snippet must raise the rule at least once, each
/// `pass` snippet must not raise it at all. Rules that read the call's plan give one for their snippets.
public struct RuleExamples: Sendable {
    public var flag: [String]
    public var pass: [String]
    public var plan: CallPlan?

    public init(flag: [String] = [], pass: [String] = [], plan: CallPlan? = nil) {
        self.flag = flag
        self.pass = pass
        self.plan = plan
    }
}
