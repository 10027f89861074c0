/// A call in progress: its notes, the flags they raised, the stage, the talk clock, the checklist and the
/// one nudge on the coach line. Notes are added inside a `transaction` that saves them: what the screen
/// shows is what was saved.
public final class CallSession {
    public let checklist: Checklist
    /// The call's plan, when it was planned: its questions join the checklist, its objectives are ticked at the end.
    public let plan: CallPlan?
    private let plannedQuestions: PlannedQuestions
    public private(set) var notes: [Note] = []
    /// Flags by the note they are anchored to.
    public private(set) var flagsByNote: [Int: [Flag]] = [:]
    public private(set) var barrierFlagCount = 0
    public private(set) var stage = Stage.relationship
    public private(set) var ticked: Set<String> = []
    public private(set) var needs: [String] = []
    public private(set) var nextSteps: [String] = []
    public var clock = TalkClock()
    private var engine: RuleEngine
    private var rationing: NudgeRationing
    private var nudge: (flag: Flag, raisedAt: Int)?
    /// When the call connected (monotonic seconds); nil while the rep waits for it.
    private var connectedAt: Double?
    private let elapsedAtStart: Int

    /// `elapsedAtStart` is the call time already spent (a resumed call). The call's time and talk clock
    /// start when it connects (`connect`), not when the session is made.
    public init(pack: RulePack, checklist: Checklist, plan: CallPlan? = nil, elapsedAtStart: Int = 0,
                nudgeInterval: Double = NudgeRationing.defaultInterval) {
        self.checklist = checklist
        self.plan = plan
        plannedQuestions = PlannedQuestions(plan?.questions ?? [], normaliser: pack.normaliser)
        engine = RuleEngine(pack: pack, plan: plan)
        rationing = NudgeRationing(interval: nudgeInterval)
        self.elapsedAtStart = elapsedAtStart
    }

    public var facts: CallFacts { engine.facts }

    public var isConnected: Bool { connectedAt != nil }

    /// The call has connected: its time and the talk clock run from `now`. Later calls change nothing.
    public func connect(at now: Double) {
        guard connectedAt == nil else { return }
        connectedAt = now
        clock.start(at: now)
    }

    public func elapsed(at now: Double) -> Int {
        elapsedAtStart + (connectedAt.map { Int(max(0, now - $0)) } ?? 0)
    }

    /// Adds a saved note; returns the flags it raised and the checklist items it ticked.
    @discardableResult
    public func add(_ note: Note, nudging: Bool = true) -> (flags: [Flag], ticked: [String]) {
        notes.append(note)
        switch note.body {
        case .stage(let newStage): stage = newStage
        case .need(let text): needs.append(text)
        case .nextStep(let text): nextSteps.append(text)
        default: break
        }
        let flags = engine.add(note)
        keep(flags)
        for resolved in engine.resolvedByLastNote { resolve(resolved) }
        let elapsed = note.elapsed ?? 0
        if nudging, let chosen = rationing.pick(from: flags, at: Double(elapsed)) { nudge = (chosen, elapsed) }
        var autoTicks = checklist.autoTicks(for: note, flags: flags, facts: engine.facts)
        if !plannedQuestions.isEmpty, note.speaker == .me, engine.facts.lastRepNoteWasQuestion,
           let asked = plannedQuestions.asked(byTopics: engine.pack.normaliser.topics(of: note.text)) {
            autoTicks.append(Self.plannedQuestionID(asked))
        }
        let newTicks = autoTicks.filter { !ticked.contains($0) }
        ticked.formUnion(newTicks)
        return (flags, newTicks)
    }

    /// Ends the call for the rules: measures taken at the end (talk share, say) raise their flags now, as
    /// `check` raises them at the end of a file. Returns them.
    @discardableResult
    public func finish() -> [Flag] {
        let flags = engine.finish()
        keep(flags)
        return flags
    }

    private func keep(_ flags: [Flag]) {
        for flag in flags {
            flagsByNote[flag.noteIndex, default: []].append(flag)
            if flag.target.isBarrier { barrierFlagCount += 1 }
        }
    }

    /// Corrects the saved notes and reads the call again from the start, so every flag stands on the notes
    /// as they are now. Returns every flag of the call and the checklist items the corrected notes ticked.
    /// A nudge stays only while a flag like it still stands.
    @discardableResult
    public func apply(_ change: NoteChange) -> (flags: [Flag], ticked: [String]) {
        let corrected = change.applied(to: notes)
        let kept = nudge
        notes = []
        flagsByNote = [:]
        barrierFlagCount = 0
        stage = .relationship
        needs = []
        nextSteps = []
        nudge = nil
        engine = RuleEngine(pack: engine.pack, plan: plan)
        var newTicks: [String] = []
        for note in corrected { newTicks += add(note, nudging: false).ticked }
        if let kept, let standing = flags.first(where: { $0.rule == kept.flag.rule && $0.evidence == kept.flag.evidence }) {
            nudge = (standing, kept.raisedAt)
        }
        return (flags, newTicks)
    }

    /// The items the checklist pane shows now: the stage's, then the plan's questions.
    public var checklistItems: [Checklist.Item] {
        checklist.items(for: stage) + plannedQuestionItems
    }

    private var plannedQuestionItems: [Checklist.Item] {
        plannedQuestions.questions.enumerated().map { index, question in
            Checklist.Item(id: Self.plannedQuestionID(index), text: question, stage: stage)
        }
    }

    /// Checklist ids of the plan's questions and objectives, kept with the call's other ticks.
    public static func plannedQuestionID(_ index: Int) -> String { "plan-question-\(index + 1)" }
    public static func objectiveID(_ index: Int) -> String { "plan-objective-\(index + 1)" }

    /// Runs `change`, which adds notes and saves them. When it throws, the call is put back as it was before
    /// (notes, flags, stage, ticks, needs, nudge) and the error rethrown, so nothing unsaved is ever shown.
    public func transaction<T>(_ change: () throws -> T) throws -> T {
        let before = (notes, flagsByNote, barrierFlagCount, stage, ticked, nudge, needs, nextSteps, rationing)
        do {
            return try change()
        } catch {
            (notes, flagsByNote, barrierFlagCount, stage, ticked, nudge, needs, nextSteps, rationing) = before
            // The engine reads a call note by note and cannot take one back: a new one reads the saved notes again.
            engine = RuleEngine(pack: engine.pack, plan: plan)
            for note in notes { engine.add(note) }
            throw error
        }
    }

    public func setTicked(_ item: String, _ isTicked: Bool) {
        if isTicked { ticked.insert(item) } else { ticked.remove(item) }
    }

    /// The nudge for the coach line at `elapsed` seconds of call time: it fades once it has stood for
    /// `NudgeRationing.fadeAfter` seconds, so a nudge never outlives the moment it was about.
    public func nudge(at elapsed: Int) -> Flag? {
        guard let nudge, Double(elapsed - nudge.raisedAt) < NudgeRationing.fadeAfter else { return nil }
        return nudge.flag
    }

    public func dismissNudge() { nudge = nil }

    /// Clears the nudge when it reported `flag` (the same rule at the same note): what it was about has
    /// been dealt with since, as when a bad past the rep stepped over is acknowledged a few notes later.
    public func resolve(_ flag: Flag) {
        if let shown = nudge?.flag, shown.rule == flag.rule, shown.noteIndex == flag.noteIndex { nudge = nil }
    }

    /// Every flag of the call so far, in note order.
    public var flags: [Flag] {
        flagsByNote.keys.sorted().flatMap { flagsByNote[$0]! }
    }
}
