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

/// A rule written and read back whole (the compiled pack cache): the kind by its name, then its settings.
extension RuleDefinition: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, target, kindName, kind, severity, scope, evidenceStrength, message, tip, examples, file
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kindName = try container.decode(String.self, forKey: .kindName)
        guard let kindType = RuleKinds.named(kindName) else {
            throw DecodingError.dataCorruptedError(forKey: .kindName, in: container, debugDescription: "unknown kind '\(kindName)'")
        }
        self.init(id: try container.decode(String.self, forKey: .id), target: try container.decode(RuleTarget.self, forKey: .target),
                  kind: try kindType.init(from: try container.superDecoder(forKey: .kind)),
                  severity: try container.decode(Severity.self, forKey: .severity), scope: try container.decode(RuleScope.self, forKey: .scope),
                  evidenceStrength: try container.decode(EvidenceStrength.self, forKey: .evidenceStrength),
                  message: try container.decode(String.self, forKey: .message), tip: try container.decode(String.self, forKey: .tip),
                  examples: try container.decode(RuleExamples.self, forKey: .examples), file: try container.decode(String.self, forKey: .file))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(target, forKey: .target)
        try container.encode(kind.name, forKey: .kindName)
        try kind.encode(to: container.superEncoder(forKey: .kind))
        try container.encode(severity, forKey: .severity)
        try container.encode(scope, forKey: .scope)
        try container.encode(evidenceStrength, forKey: .evidenceStrength)
        try container.encode(message, forKey: .message)
        try container.encode(tip, forKey: .tip)
        try container.encode(examples, forKey: .examples)
        try container.encode(file, forKey: .file)
    }
}

/// Small snippets in the notes format: each `flag` snippet must raise the rule at least once, each
/// `pass` snippet must not raise it at all. Rules that read the call's plan give one for their snippets.
public struct RuleExamples: Sendable, Codable {
    public var flag: [String]
    public var pass: [String]
    public var plan: CallPlan?

    public init(flag: [String] = [], pass: [String] = [], plan: CallPlan? = nil) {
        self.flag = flag
        self.pass = pass
        self.plan = plan
    }
}
