import CoachCore

/// One rule on its own: a one-rule pack, a few notes in the notes format, the flags that come out with
/// the line each is anchored at.
public enum RuleHarness {
    public static func flags(_ kind: any RuleKind, scope: RuleScope? = nil, plan: CallPlan? = nil,
                             vocabularies: Vocabularies = Vocabularies(), normaliser: Normaliser = Normaliser(),
                             _ notes: String) throws -> [(line: Int, evidence: String)] {
        let rule = RuleDefinition(id: "r", target: .barrier(.pitching), kind: kind, scope: scope, message: "m", tip: "t")
        let parsed = NotesParser.parse(notes)
        guard parsed.diagnostics.isEmpty else { throw BadNotes(diagnostics: parsed.diagnostics) }
        let pack = RulePack(rules: [rule], vocabularies: vocabularies, normaliser: normaliser)
        return RuleEngine.flags(for: parsed.document.notes, pack: pack, plan: plan)
            .map { (parsed.document.lines[$0.noteIndex], $0.evidence) }
    }

    /// The lines flagged, for the common case.
    public static func lines(_ kind: any RuleKind, scope: RuleScope? = nil, plan: CallPlan? = nil,
                             vocabularies: Vocabularies = Vocabularies(), normaliser: Normaliser = Normaliser(),
                             _ notes: String) throws -> [Int] {
        try flags(kind, scope: scope, plan: plan, vocabularies: vocabularies, normaliser: normaliser, notes).map(\.line)
    }

    public static func patterns(_ texts: String...) throws -> [PhrasePattern] { try texts.map { try PhrasePattern($0) } }

    public struct BadNotes: Error {
        public var diagnostics: [Diagnostic]
    }
}
