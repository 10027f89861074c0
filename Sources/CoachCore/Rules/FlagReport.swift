/// Flags of a notes file placed at their line and column, for compiler-style output and JSON.
public struct LocatedFlag: Sendable, Codable, Equatable {
    public var file: String
    public var line: Int
    public var column: Int
    public var barrier: String
    public var rule: String
    public var severity: Severity
    public var message: String
    public var tip: String
    public var evidence: String
    public var evidenceStrength: EvidenceStrength

    /// `path:line:col: severity: message [barrier/rule-id]`
    public var formatted: String { "\(file):\(line):\(column): \(severity.rawValue): \(message) [\(barrier)/\(rule)]" }
}
