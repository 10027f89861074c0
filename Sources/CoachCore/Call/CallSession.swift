/// A call in progress: its notes, the flags they raised, the stage, the talk clock, the checklist and the
/// one nudge on the coach line. Notes are added here only after the journal has saved them.
public final class CallSession {
    public let checklist: Checklist
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
    public init(pack: RulePack, checklist: Checklist, now: Double, elapsedAtStart: Int = 0,
                nudgeInterval: Double = NudgeRationing.defaultInterval) {
        self.checklist = checklist
        engine = RuleEngine(pack: pack)
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
        let newTicks = checklist.autoTicks(for: note, flags: flags, facts: engine.facts).filter { !ticked.contains($0) }
        ticked.formUnion(newTicks)
        return (flags, newTicks)
    }

    public func setTicked(_ item: String, _ isTicked: Bool) {
        if isTicked { ticked.insert(item) } else { ticked.remove(item) }
    }

    public func dismissNudge() { nudge = nil }

    /// Every flag of the call so far, in note order.
    public var flags: [Flag] {
        flagsByNote.keys.sorted().flatMap { flagsByNote[$0]! }
    }
}
