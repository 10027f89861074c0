/// What a rep's line does in a practice call, as the scripted customer hears it.
public enum MoveKind: String, Sendable, CaseIterable, Codable {
    case openQuestion = "open-question"
    case closedQuestion = "closed-question"
    case pitch
    case push
    case summary
    case futureForward = "future-forward"
    case acknowledgeHistory = "acknowledge-history"
    case ignoreHistory = "ignore-history"
    case repeatQuestion = "repeat-question"
    case unprepared
    case secondCall = "second-call"
    case walkAway = "walk-away"
    case statement

    /// How the debrief names the move a missed need wanted.
    public var advice: String {
        switch self {
        case .openQuestion: "an open question"
        case .closedQuestion: "a direct question"
        case .summary: "playing back what they said"
        case .futureForward: "asking them to picture it solved"
        case .acknowledgeHistory: "acknowledging the history they raised"
        default: rawValue.replacingOccurrences(of: "-", with: " ")
        }
    }
}

/// One rep line classified: the move, the needs whose topics it touched, and the barriers it showed.
public struct Move: Sendable, Equatable {
    public var kind: MoveKind
    public var topics: [String]
    public var barriers: [Barrier]

    public init(kind: MoveKind, topics: [String] = [], barriers: [Barrier] = []) {
        self.kind = kind
        self.topics = topics
        self.barriers = barriers
    }
}

extension Move {
    /// The barrier a move that lost trust stands for: the one its flags showed, a bad past stepped over,
    /// or the second call asked for too soon; nil for a move that is no barrier (a plain statement).
    var barrierThatCostTrust: Barrier? {
        switch kind {
        case .ignoreHistory: .unaddressedHistory
        case .secondCall: .impatience
        default: barriers.first { $0.traits.practice?.move == kind }
        }
    }
}
