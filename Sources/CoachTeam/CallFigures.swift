import CoachCore
import Foundation

/// The measures of one call that the team sees, taken from the same `CallReview` the rep's own review shows,
/// so the manager's figures and the rep's agree. Never the notes: those go only when the rep shares them.
public struct CallFigures: Sendable, Equatable, Codable {
    public var startedAt: Date
    public var duration: Int
    public var stageReached: Stage
    /// The rep's share of the talk, in percent; nil when the call gave nothing to measure it by.
    public var talkShare: Double?
    public var talkShareSource: CallReview.TalkShareSource
    public var longestMonologue: Int
    public var questions: Int
    public var openQuestions: Int
    public var needs: Int
    public var nextSteps: Int
    /// Barrier flags that stand (dismissed ones left out), by barrier.
    public var barriers: [Barrier: Int]
    /// Flags a newer SecondCall stored under a barrier this version does not know, by its name: said, never counted.
    public var unknownBarriers: [String: Int] = [:]

    public init(_ review: CallReview) {
        startedAt = review.startedAt
        duration = review.duration
        stageReached = review.stageReached
        talkShare = review.talkShare
        talkShareSource = review.talkShareSource
        longestMonologue = review.longestMonologue
        questions = review.questions
        openQuestions = review.openQuestions
        needs = review.needs.count
        nextSteps = review.nextSteps.count
        barriers = Dictionary(uniqueKeysWithValues: review.barrierCounts.map { ($0.barrier, $0.count) })
    }

    init(startedAt: Date, duration: Int, stageReached: Stage, talkShare: Double?, talkShareSource: CallReview.TalkShareSource,
         longestMonologue: Int, questions: Int, openQuestions: Int, needs: Int, nextSteps: Int, barriersJSON: String) {
        self.startedAt = startedAt
        self.duration = duration
        self.stageReached = stageReached
        self.talkShare = talkShare
        self.talkShareSource = talkShareSource
        self.longestMonologue = longestMonologue
        self.questions = questions
        self.openQuestions = openQuestions
        self.needs = needs
        self.nextSteps = nextSteps
        (barriers, unknownBarriers) = Self.barriers(fromJSON: barriersJSON)
    }

    public var barrierFlags: Int { barriers.values.reduce(0, +) }

    /// The barrier counts as the JSON object stored with the call (`{"pitching": 2}`).
    var barriersJSON: String {
        let object = Dictionary(uniqueKeysWithValues: barriers.map { ($0.key.rawValue, $0.value) })
        return String(decoding: (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8),
                      as: UTF8.self)
    }

    /// The stored barrier counts, split into the barriers this version knows and the names it does not.
    private static func barriers(fromJSON text: String) -> (known: [Barrier: Int], unknown: [String: Int]) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Int] else { return ([:], [:]) }
        var known: [Barrier: Int] = [:]
        var unknown: [String: Int] = [:]
        for (name, count) in object {
            if let barrier = Barrier(rawValue: name) { known[barrier] = count } else { unknown[ControlCharacters.printable(name), default: 0] += count }
        }
        return (known, unknown)
    }
}

/// What a rep chose to share beyond the figures: who the call was with and its notes, so a manager can open
/// it in the review screen.
struct SharedNotes: Codable {
    struct FloorChange: Codable {
        var elapsed: Int
        var holder: TalkClock.Holder
    }

    var account: String
    var contact: String
    var notes: [Note]
    var floor: [FloorChange]
    var ticks: [String: Bool]
}
