/// Reads a call note by note and raises flags as barriers (and strengths) show. Adding a note costs the
/// length of the note plus the number of rules: the call so far is never scanned again.
public final class RuleEngine {
    public let pack: RulePack
    public private(set) var flags: [Flag] = []
    public private(set) var facts = CallFacts()
    private let checks: [any RuleCheck]
    private var noteTexts: [String] = []
    private var flagged: Set<FlagKey> = []
    private var matches = PhraseMatcher.Matches()
    private var finished = false

    private struct FlagKey: Hashable {
        var noteIndex: Int
        var target: RuleTarget
    }

    public init(pack: RulePack) {
        self.pack = pack
        checks = pack.makeChecks()
    }

    /// Reads the next note of the call and returns the flags it raised (some may anchor at earlier notes).
    @discardableResult
    public func add(_ note: Note) -> [Flag] {
        let index = noteTexts.count
        let tokens = Tokenizer.tokens(note.text)
        noteTexts.append(note.text)
        pack.matcher.match(note.speaker == nil ? [] : tokens, into: &matches)
        let isQuestion = note.isQuestion
        let isOpenQuestion = isQuestion && QuestionForm.isOpen(note.text, tokens: tokens)
        let context = NoteContext(index: index, note: note, tokens: tokens, matches: matches, facts: facts,
                                  isQuestion: isQuestion, isOpenQuestion: isOpenQuestion)
        var raised: [Flag] = []
        for ruleIndex in checks.indices {
            for hit in checks[ruleIndex].observe(context) { record(hit, of: ruleIndex, into: &raised) }
        }
        facts.record(note, tokens: tokens, index: index, isQuestion: isQuestion, isOpenQuestion: isOpenQuestion)
        return raised
    }

    /// Ends the call: measures taken at the end raise their flags now. Later calls return nothing.
    @discardableResult
    public func finish() -> [Flag] {
        guard !finished else { return [] }
        finished = true
        var raised: [Flag] = []
        for ruleIndex in checks.indices {
            for hit in checks[ruleIndex].finish(facts) { record(hit, of: ruleIndex, into: &raised) }
        }
        return raised
    }

    /// Runs a whole call through a fresh engine: every flag, in the order raised, ended with `finish`.
    public static func flags(for notes: [Note], pack: RulePack) -> [Flag] {
        let engine = RuleEngine(pack: pack)
        for note in notes { engine.add(note) }
        engine.finish()
        return engine.flags
    }

    private func record(_ hit: RuleHit, of ruleIndex: Int, into raised: inout [Flag]) {
        let rule = pack.rules[ruleIndex]
        guard flagged.insert(FlagKey(noteIndex: hit.noteIndex, target: rule.target)).inserted else { return }
        let text = noteTexts[hit.noteIndex]
        let evidence = hit.evidence ?? hit.span.map { span in
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: span.lowerBound)
            return String(decoding: utf8[start..<utf8.index(start, offsetBy: span.count)], as: UTF8.self)
        } ?? text
        let flag = Flag(ruleID: rule.id, target: rule.target, severity: rule.severity, noteIndex: hit.noteIndex,
                        span: hit.span, message: rule.message, tip: rule.tip, evidence: evidence)
        flags.append(flag)
        raised.append(flag)
    }
}
