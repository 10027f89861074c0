/// Reads a call note by note and raises flags as barriers (and strengths) show. Adding a note costs the
/// length of the note plus the number of rules: the call so far is never scanned again.
public final class RuleEngine {
    public let pack: RulePack
    /// Every flag raised so far, when the engine keeps them (`keepsFlags`).
    public private(set) var flags: [Flag] = []
    public private(set) var facts = CallFacts()
    /// Earlier flags whose condition the last note resolved (a bad past acknowledged after all): a live
    /// nudge about one of them can go. An engine that keeps no flags has none to report.
    public private(set) var resolvedByLastNote: [Flag] = []
    private let checks: [any RuleCheck]
    private let scopes: [RuleScope]
    private let reader: TermReader
    private let keepsFlags: Bool
    /// The notes a flag may still be anchored at: their texts (for evidence) and the targets already flagged
    /// on each (one flag of a kind a note). Without kept flags, notes no rule can reach back to are let go.
    private var window = NoteWindow()
    /// For each note, the positions in `flags` of the flags anchored at it (when the engine keeps them).
    private var flagsAtNote: [Int: [Int]] = [:]
    /// For each rule, the index of its barrier or strength among all targets.
    private let targetIndexes: [Int]
    /// For each rule, its flag with the rule's fields filled in, so raising one copies a few strings, not a rule.
    private let flagTemplates: [Flag]
    private var matches = PhraseMatcher.Matches()
    /// Who spoke last, and whether they asked the rep something about the rep's side ("how big are you?").
    private var previousSaid: (speaker: Speaker, asksAboutUs: Bool)?
    private var finished = false

    /// `plan` is the call's plan, for the rules that compare the call with it. An engine that does not keep
    /// its flags (`check` streaming a long file) holds only the notes its rules may still reach back to.
    public init(pack: RulePack, plan: CallPlan? = nil, keepsFlags: Bool = true) {
        self.pack = pack
        self.keepsFlags = keepsFlags
        checks = pack.makeChecks(plan: plan)
        scopes = pack.rules.map(\.scope)
        reader = TermReader(matcher: pack.matcher)
        targetIndexes = pack.rules.map { RuleTarget.all.firstIndex(of: $0.target)! }
        flagTemplates = pack.rules.map { rule in
            Flag(rule: rule.id, target: rule.target, severity: rule.severity, evidenceStrength: rule.evidenceStrength, noteIndex: 0,
                 span: nil, message: rule.message, tip: rule.tip, evidence: "")
        }
    }

    /// The earliest note a flag raised from now on may be anchored at: flags usually stand on the note just
    /// read, but some rules anchor at an earlier one (the trigger left unanswered, the rep's note a reply cues).
    public var earliestOpenAnchor: Int {
        checks.reduce(facts.noteCount) { earliest, check in min(earliest, check.earliestOpenAnchor(facts) ?? earliest) }
    }

    /// Reads the next note of the call and returns the flags it raised (some may anchor at earlier notes).
    @discardableResult
    public func add(_ note: Note) -> [Flag] {
        let index = facts.noteCount
        resolvedByLastNote.removeAll()
        reader.read(note.text)
        if !keepsFlags, window.needsTrim { window.dropNotes(before: earliestOpenAnchor) }
        window.append(note.text)
        let speaker = note.speaker
        if speaker == nil { matches.reset(setCount: pack.matcher.setCount) } else { pack.matcher.match(reader.terms, into: &matches) }
        let reading = read(note)
        let context = NoteContext(index: index, note: note, speaker: speaker, tokens: reader.tokens, terms: reader.terms,
                                  matches: matches, facts: facts, reading: reading)
        var raised: [Flag] = []
        var hits: [RuleHit] = []
        let stage = facts.stage
        for ruleIndex in pack.evaluationOrder {
            if scopes[ruleIndex].includes(note, reading: reading, stage: stage) {
                checks[ruleIndex].observe(context, into: &hits)
            } else {
                checks[ruleIndex].observeOutside(context, into: &hits)
            }
            record(&hits, of: ruleIndex, into: &raised)
        }
        facts.record(note, words: reader.tokens.count, terms: reader.terms, index: index, reading: reading)
        return raised
    }

    private func read(_ note: Note) -> NoteReading {
        guard let speaker = note.speaker else { return NoteReading() }
        var reading = NoteReading()
        if speaker != .observation {
            let form = QuestionForm.form(of: note.text, tokens: reader.tokens)
            reading.isQuestion = form.isQuestion
            reading.isOpenQuestion = form.isOpen
            reading.form = form
            reading.answersQuestion = speaker == .me && previousSaid.map { $0.speaker == .customer && $0.asksAboutUs } == true
            previousSaid = (speaker, form.asksInFull && pack.reading.asksAboutUs(matches))
        } else {
            reading.isSelfReport = pack.reading.isSelfReport(reader.terms, matches: matches)
        }
        return reading
    }

    /// Ends the call: measures taken at the end raise their flags now. Later calls return nothing.
    @discardableResult
    public func finish() -> [Flag] {
        guard !finished else { return [] }
        finished = true
        var raised: [Flag] = []
        var hits: [RuleHit] = []
        for ruleIndex in pack.evaluationOrder {
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
        if hit.resolves {
            let rule = flagTemplates[ruleIndex].rule
            resolvedByLastNote += (flagsAtNote[hit.noteIndex] ?? []).map { flags[$0] }.filter { $0.rule == rule }
            return
        }
        guard window.flag(targetIndexes[ruleIndex], at: hit.noteIndex) else { return }
        let text = window.text(of: hit.noteIndex)
        let evidence = hit.evidence ?? hit.span.map { span in
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: span.lowerBound)
            return String(text[start..<utf8.index(start, offsetBy: span.count)])
        } ?? text
        var flag = flagTemplates[ruleIndex]
        flag.noteIndex = hit.noteIndex
        flag.span = hit.span
        flag.evidence = evidence
        if keepsFlags {
            flagsAtNote[hit.noteIndex, default: []].append(flags.count)
            flags.append(flag)
        }
        raised.append(flag)
    }
}
