/// Reads a call note by note and raises flags as barriers (and strengths) show. Adding a note costs the
/// length of the note plus the number of rules: the call so far is never scanned again.
public final class RuleEngine {
    public let pack: RulePack
    /// Every flag raised so far, when the engine keeps them (`keepsFlags`).
    public private(set) var flags: [Flag] = []
    /// Earlier flags whose condition the last note resolved (a bad past acknowledged after all): a live
    /// nudge about one of them can go. An engine that keeps no flags has none to report.
    public private(set) var resolvedByLastNote: [Flag] = []
    /// What reading a note changes. The note loop takes each once, as a parameter, rather than reaching for
    /// this object's properties rule after rule.
    private var context: NoteContext
    private var checks: CheckTable
    private var hits: [RuleHit] = []
    /// The rules in evaluation order, each with its scope as plain values and the phrase group it needs in a note.
    private let steps: [(rule: Int, scope: RuleScope.Test, needs: PhraseMatcher.SetID?)]
    private let keepsFlags: Bool
    /// The notes a flag may still be anchored at: their texts (for evidence) and the targets already flagged
    /// on each (one flag of a kind a note). Without kept flags, notes no rule can reach back to are let go.
    private var window = NoteWindow()
    /// For each note, the positions in `flags` of the flags anchored at it that a later note may resolve.
    private var resolvableAtNote: [Int: [Int]] = [:]
    /// For each rule, the index of its barrier or strength among all targets.
    private let targetIndexes: [Int]
    /// For each rule, its flag with the rule's fields filled in, so raising one copies a reference to its texts, not a rule.
    private let flagTemplates: [Flag]
    private var finished = false

    /// `plan` is the call's plan, for the rules that compare the call with it. An engine that does not keep
    /// its flags (`check` streaming a long file) holds only the notes its rules may still reach back to.
    public init(pack: RulePack, plan: CallPlan? = nil, keepsFlags: Bool = true) {
        self.pack = pack
        self.keepsFlags = keepsFlags
        context = NoteContext(matcher: pack.matcher)
        let checks = CheckTable(pack.makeChecks(plan: plan))
        self.checks = checks
        steps = pack.evaluationOrder.map { ($0, pack.rules[$0].scope.test, checks.neededPhrases(rule: $0)) }
        targetIndexes = pack.rules.map { RuleTarget.all.firstIndex(of: $0.target)! }
        flagTemplates = pack.rules.map { rule in
            Flag(rule: rule.id, target: rule.target, severity: rule.severity, evidenceStrength: rule.evidenceStrength, noteIndex: 0,
                 span: nil, message: rule.message, tip: rule.tip, evidence: "")
        }
    }

    /// Running facts about the call so far.
    public var facts: CallFacts { context.facts }

    /// The earliest note a flag raised from now on may be anchored at: flags usually stand on the note just
    /// read, but some rules anchor at an earlier one (the trigger left unanswered, the rep's note a reply cues).
    public var earliestOpenAnchor: Int { checks.earliestOpenAnchor(context.facts) }

    /// Reads the next note of the call and returns the flags it raised (some may anchor at earlier notes).
    @discardableResult
    public func add(_ note: Note) -> [Flag] {
        var raised: [Flag]? = []
        read(note, raised: &raised)
        return raised ?? []
    }

    /// Reads a note, adding the flags it raised to `raised` unless that is nil.
    private func read(_ note: Note, raised: inout [Flag]?) {
        resolvedByLastNote.removeAll()
        if !keepsFlags, window.needsTrim { window.dropNotes(before: earliestOpenAnchor) }
        window.append(note.text)
        evaluate(note, context: &context, checks: &checks, hits: &hits, raised: &raised)
    }

    private func evaluate(_ note: Note, context: inout NoteContext, checks: inout CheckTable, hits: inout [RuleHit], raised: inout [Flag]?) {
        context.read(note, at: context.facts.noteCount, pack: pack)
        let stage = context.facts.stage
        for (rule, scope, needs) in steps {
            if let needs, !context.matches.found(needs) { continue }
            let inScope = scope.includes(speaker: context.speaker, reading: context.reading, stage: stage)
            checks.observe(rule: rule, inScope: inScope, context, into: &hits)
            if !hits.isEmpty { record(&hits, of: rule, mayResolve: checks.mayResolve(rule: rule), into: &raised) }
        }
        context.recordFacts()
    }

    /// Ends the call: measures taken at the end raise their flags now. Later calls return nothing.
    @discardableResult
    public func finish() -> [Flag] {
        guard !finished else { return [] }
        finished = true
        var raised: [Flag]? = []
        for (rule, _, _) in steps {
            checks.finish(rule: rule, context.facts, into: &hits)
            if !hits.isEmpty { record(&hits, of: rule, mayResolve: checks.mayResolve(rule: rule), into: &raised) }
        }
        return raised ?? []
    }

    /// Runs a whole call through a fresh engine: every flag, in the order raised, ended with `finish`.
    public static func flags(for notes: [Note], pack: RulePack, plan: CallPlan? = nil) -> [Flag] {
        let engine = RuleEngine(pack: pack, plan: plan)
        var unused: [Flag]?
        for note in notes { engine.read(note, raised: &unused) }
        engine.finish()
        return engine.flags
    }

    /// Turns a rule's hits into flags and empties the buffer for the next rule.
    private func record(_ hits: inout [RuleHit], of ruleIndex: Int, mayResolve: Bool, into raised: inout [Flag]?) {
        for hit in hits { record(hit, of: ruleIndex, mayResolve: mayResolve, into: &raised) }
        hits.removeAll(keepingCapacity: true)
    }

    private func record(_ hit: RuleHit, of ruleIndex: Int, mayResolve: Bool, into raised: inout [Flag]?) {
        if hit.resolves {
            let rule = flagTemplates[ruleIndex].rule
            resolvedByLastNote += (resolvableAtNote[hit.noteIndex] ?? []).map { flags[$0] }.filter { $0.rule == rule }
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
            if mayResolve { resolvableAtNote[hit.noteIndex, default: []].append(flags.count) }
            flags.append(flag)
        }
        raised?.append(flag)
    }
}
