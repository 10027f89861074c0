import Foundation

/// What happened on a call, as the review screen and every report show it: the summary measures, the
/// floor over time, the flags (with their dismissals) and strengths, and the plan beside what happened.
public struct CallReview: Sendable {
    /// How the talk share was measured.
    public enum TalkShareSource: String, Sendable, Codable {
        /// From the floor as the rep passed it with Tab during the call.
        case floorTime = "floor time"
        /// Estimated from the times of the notes: whoever spoke last held the floor.
        case noteTimes = "note times"
        /// From the words typed for each side, when the notes carry no times.
        case words
    }

    public var account: String
    public var contact: String
    public var startedAt: Date
    /// Seconds from start to end (or to the last note of a call typed elsewhere).
    public var duration: Int
    public var notes: [Note]
    /// Every flag, barriers and strengths, in note order.
    public var flags: [Flag]
    public var floor: [FloorSegment]
    public var plan: CallPlan?
    /// Checklist items ticked, including the plan's questions and objectives.
    public var ticks: [String: Bool]
    /// Flags stored under a barrier or strength this version does not know, said apart.
    public var unknownFlags: [UnknownFlag]
    /// The words of the rep's private notes were left out (`leavingOutPrivateNotes`).
    public internal(set) var privateNotesLeftOut = false

    public private(set) var stageReached = Stage.relationship
    public private(set) var needs: [String] = []
    public private(set) var nextSteps: [String] = []
    public private(set) var talkShare: Double?
    public private(set) var talkShareSource = TalkShareSource.words
    public private(set) var longestMonologue = 0
    public private(set) var questions = 0
    public private(set) var openQuestions = 0
    /// Seconds into the call of each note: its own time, else the last time before it; nil when untimed.
    public private(set) var noteTimes: [Int]?

    /// The discovery-call question range that converts best (Gong Labs).
    public static let questionReference = 11...14

    /// `talkByWords` measures talk share by the words of each side whatever the times say (a practice).
    public init(account: String, contact: String, startedAt: Date, duration: Int, notes: [Note], flags: [Flag],
                floorChanges: [(elapsed: Int, holder: TalkClock.Holder)], plan: CallPlan?, ticks: [String: Bool],
                talkByWords: Bool = false, unknownFlags: [UnknownFlag] = []) {
        self.unknownFlags = unknownFlags
        self.account = account
        self.contact = contact
        self.startedAt = startedAt
        self.notes = notes
        self.flags = flags.enumerated().sorted { ($0.element.noteIndex, $0.offset) < ($1.element.noteIndex, $1.offset) }.map(\.element)
        self.plan = plan
        self.ticks = ticks
        let lastTime = notes.compactMap(\.elapsed).max() ?? 0
        self.duration = max(duration, lastTime)
        floor = floorChanges.isEmpty ? FloorSegment.from(notes: notes, duration: self.duration)
                                     : FloorSegment.from(changes: floorChanges, duration: self.duration)
        measure(floorWasPassed: !floorChanges.isEmpty, byWords: talkByWords)
    }

    private mutating func measure(floorWasPassed: Bool, byWords: Bool) {
        let engine = RuleEngine(pack: RulePack(rules: []))
        var lastTime: Int?
        var times: [Int] = []
        for note in notes {
            engine.add(note)
            switch note.body {
            case .stage(let stage): stageReached = max(stageReached, stage)
            case .need(let text): needs.append(text)
            case .nextStep(let text): nextSteps.append(text)
            default: break
            }
            lastTime = note.elapsed ?? lastTime
            times.append(lastTime ?? 0)
        }
        let facts = engine.facts
        longestMonologue = facts.longestMonologue
        questions = facts.questions
        openQuestions = facts.openQuestions
        noteTimes = notes.contains { $0.elapsed != nil } ? times : nil
        let repSeconds = floor.filter { $0.holder == .me }.reduce(0) { $0 + $1.length }
        let totalSeconds = floor.reduce(0) { $0 + $1.length }
        if totalSeconds > 0, !byWords {
            talkShare = Double(repSeconds) * 100 / Double(totalSeconds)
            talkShareSource = floorWasPassed ? .floorTime : .noteTimes
        } else {
            talkShare = facts.talkShare
            talkShareSource = .words
        }
    }

    // MARK: Reading it

    public var barriers: [Flag] { flags.filter(\.target.isBarrier) }
    public var strengths: [Flag] { flags.filter { !$0.target.isBarrier } }

    /// The barrier flags by barrier, in the vocabulary's order, dismissed ones included; barriers never
    /// flagged left out.
    public var barrierGroups: [(barrier: Barrier, flags: [Flag])] {
        Barrier.allCases.compactMap { barrier in
            let flags = barriers.filter { $0.target == .barrier(barrier) }
            return flags.isEmpty ? nil : (barrier, flags)
        }
    }

    /// Barrier flags that stand: dismissed ones are not counted.
    public var countedBarrierFlags: Int { barriers.filter { !$0.dismissed }.count }

    /// Barriers with how many flags each (dismissed ones not counted), most first; barriers never flagged left out.
    public var barrierCounts: [(barrier: Barrier, count: Int)] {
        Barrier.tally(barriers.filter { !$0.dismissed }.compactMap(\.target.barrier)).sorted { $0.count > $1.count }
    }

    /// Where a note sits along the call, from 0 to 1: by time when the notes are timed, else by position.
    public func position(ofNote index: Int) -> Double {
        if let noteTimes, duration > 0 { return min(1, Double(noteTimes[index]) / Double(duration)) }
        return notes.count > 1 ? Double(index) / Double(notes.count - 1) : 0
    }

    public var openShare: Double? { questions == 0 ? nil : Double(openQuestions) * 100 / Double(questions) }

    /// The plan's objectives, each with whether the rep ticked it as learned.
    public var objectives: [(text: String, learned: Bool)] {
        (plan?.objectives ?? []).enumerated().map { ($1, ticks[CallSession.objectiveID($0)] ?? false) }
    }

    /// The plan's questions, each with whether it was asked.
    public var plannedQuestions: [(text: String, asked: Bool)] {
        (plan?.questions ?? []).enumerated().map { ($1, ticks[CallSession.plannedQuestionID($0)] ?? false) }
    }
}
