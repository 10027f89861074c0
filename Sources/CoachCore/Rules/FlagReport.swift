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

public enum FlagLocator {
    /// Places each barrier flag of a parsed file at the line of its note and the column where its evidence
    /// starts (the start of the note's text when the whole note is the evidence).
    public static func locate(_ flags: [Flag], in document: NotesDocument, source: String, path: String) -> [LocatedFlag] {
        let sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
        return flags.compactMap { flag in
            guard let barrier = flag.barrier else { return nil }
            let line = document.lines[flag.noteIndex]
            let text = document.notes[flag.noteIndex].text
            var column = 1
            if line - 1 < sourceLines.count, let range = sourceLines[line - 1].range(of: text) {
                let lineText = sourceLines[line - 1]
                column = lineText.unicodeScalars.distance(from: lineText.startIndex, to: range.lowerBound) + 1
                if let span = flag.span {
                    column += String(decoding: Array(text.utf8)[..<span.lowerBound], as: UTF8.self).unicodeScalars.count
                }
            }
            return LocatedFlag(file: path, line: line, column: column, barrier: barrier.rawValue, rule: flag.ruleID,
                               severity: flag.severity, message: flag.message, tip: flag.tip, evidence: flag.evidence,
                               evidenceStrength: flag.evidenceStrength)
        }
    }
}
