/// Reads a call note by note and raises flags as barriers (and strengths) show. Adding a note costs the
/// length of the note plus the number of rules: the call so far is never scanned again.
public final class RuleEngine {
    public let pack: RulePack
    public private(set) var flags: [Flag] = []
    public private(set) var facts = CallFacts()
    private let checks: [any RuleCheck]
    private var noteTexts: [String] = []
    /// For each note, one bit for each barrier or strength already flagged on it.
    private var flaggedTargets: [UInt32] = []
    /// For each rule, the bit of its barrier or strength.
    private let targetBits: [UInt32]
    /// For each rule, its flag with the rule's fields filled in, so raising one copies four strings, not a rule.
    private let flagTemplates: [Flag]
    private var matches = PhraseMatcher.Matches()
    /// The words of the note being read, kept between notes so reading one allocates nothing once warm.
    private var tokenBuffer: [Tokenizer.Token] = []
    private var finished = false

    /// `plan` is the call's plan, for the rules that compare the call with it.
    public init(pack: RulePack, plan: CallPlan? = nil) {
        self.pack = pack
        checks = pack.makeChecks(plan: plan)
        let targets = Barrier.allCases.map(RuleTarget.barrier) + Strength.allCases.map(RuleTarget.strength)
        targetBits = pack.rules.map { rule in 1 << UInt32(targets.firstIndex(of: rule.target)!) }
        flagTemplates = pack.rules.map { rule in
            Flag(ruleID: rule.id, target: rule.target, severity: rule.severity, noteIndex: 0, span: nil,
                 message: rule.message, tip: rule.tip, evidence: "")
        }
    }

    /// Reads the next note of the call and returns the flags it raised (some may anchor at earlier notes).
    @discardableResult
    public func add(_ note: Note) -> [Flag] {
        let index = noteTexts.count
        Tokenizer.collect(note.text, into: &tokenBuffer)
        let tokens = tokenBuffer
        noteTexts.append(note.text)
        flaggedTargets.append(0)
        let speaker = note.speaker
        pack.matcher.match(speaker == nil ? [] : tokens, into: &matches)
        let isQuestion = note.isQuestion
        let isOpenQuestion = isQuestion && QuestionForm.isOpen(note.text, tokens: tokens)
        let context = NoteContext(index: index, note: note, speaker: speaker, tokens: tokens, matches: matches,
                                  facts: facts, isQuestion: isQuestion, isOpenQuestion: isOpenQuestion)
        var raised: [Flag] = []
        var hits: [RuleHit] = []
        for ruleIndex in checks.indices {
            checks[ruleIndex].observe(context, into: &hits)
            record(&hits, of: ruleIndex, into: &raised)
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
        var hits: [RuleHit] = []
        for ruleIndex in checks.indices {
            checks[ruleIndex].finish(facts, into: &hits)
            record(&hits, of: ruleIndex, into: &raised)
        }
        return raised
    }

    /// Runs a whole call through a fresh engine: every flag, in the order raised, ended with `finish`.
    public static func flags(for notes: [Note], pack: RulePack, plan: CallPlan? = nil) -> [Flag] {
        let engine = RuleEngine(pack: pack, plan: plan)
        for note in notes { engine.add(note) }
        engine.finish()
        return engine.flags
    }

    /// Turns a rule's hits into flags and empties the buffer for the next rule.
    private func record(_ hits: inout [RuleHit], of ruleIndex: Int, into raised: inout [Flag]) {
        guard !hits.isEmpty else { return }
        for hit in hits { record(hit, of: ruleIndex, into: &raised) }
        hits.removeAll(keepingCapacity: true)
    }

    private func record(_ hit: RuleHit, of ruleIndex: Int, into raised: inout [Flag]) {
        let bit = targetBits[ruleIndex]
        guard flaggedTargets[hit.noteIndex] & bit == 0 else { return }
        flaggedTargets[hit.noteIndex] |= bit
        let text = noteTexts[hit.noteIndex]
        let evidence = hit.evidence ?? hit.span.map { span in
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: span.lowerBound)
            return String(text[start..<utf8.index(start, offsetBy: span.count)])
        } ?? text
        var flag = flagTemplates[ruleIndex]
        flag.noteIndex = hit.noteIndex
        flag.span = hit.span
        flag.evidence = evidence
        flags.append(flag)
        raised.append(flag)
    }
}
