/// A call in progress: its notes, the flags they raised, the stage, the talk clock, the checklist and the
/// one nudge on the coach line. Notes are added here only after the journal has saved them.
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
    public private(set) var nudge: Flag?
    public private(set) var needs: [String] = []
    public private(set) var nextSteps: [String] = []
    public var clock: TalkClock
    private let engine: RuleEngine
    private var rationing: NudgeRationing
    private let startedAt: Double
    private let elapsedAtStart: Int

    /// `now` is a monotonic time in seconds; `elapsedAtStart` is the call time already spent (a resumed call).
    public init(pack: RulePack, checklist: Checklist, plan: CallPlan? = nil, now: Double, elapsedAtStart: Int = 0,
                nudgeInterval: Double = NudgeRationing.defaultInterval) {
        self.checklist = checklist
        self.plan = plan
        plannedQuestions = PlannedQuestions(plan?.questions ?? [])
        engine = RuleEngine(pack: pack, plan: plan)
        rationing = NudgeRationing(interval: nudgeInterval)
        startedAt = now
        self.elapsedAtStart = elapsedAtStart
        clock = TalkClock(startingAt: now)
    }

    public var facts: CallFacts { engine.facts }

    public func elapsed(at now: Double) -> Int { elapsedAtStart + Int(max(0, now - startedAt)) }

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
        for flag in flags {
            flagsByNote[flag.noteIndex, default: []].append(flag)
            if flag.target.isBarrier { barrierFlagCount += 1 }
        }
        if nudging, let chosen = rationing.pick(from: flags, at: Double(note.elapsed ?? 0)) { nudge = chosen }
        var autoTicks = checklist.autoTicks(for: note, flags: flags, facts: engine.facts)
        if !plannedQuestions.isEmpty, note.isQuestion, let asked = plannedQuestions.asked(by: Tokenizer.tokens(note.text)) {
            autoTicks.append(Self.plannedQuestionID(asked))
        }
        let newTicks = autoTicks.filter { !ticked.contains($0) }
        ticked.formUnion(newTicks)
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

    public func setTicked(_ item: String, _ isTicked: Bool) {
        if isTicked { ticked.insert(item) } else { ticked.remove(item) }
    }

    public func dismissNudge() { nudge = nil }

    /// Every flag of the call so far, in note order.
    public var flags: [Flag] {
        flagsByNote.keys.sorted().flatMap { flagsByNote[$0]! }
    }
}
