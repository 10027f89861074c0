/// The barriers to an ideal sales conversation: the vocabulary every rule, flag and report uses.
public enum Barrier: String, Sendable, CaseIterable, Codable {
    case pitching
    case impatience
    case excessiveGoalFocus = "excessive-goal-focus"
    case planAttachment = "plan-attachment"
    case prideEnthusiasm = "pride-enthusiasm"
    case lackOfPreparation = "lack-of-preparation"
    case unaddressedHistory = "unaddressed-history"
    case consciousCompetence = "conscious-competence"

    public var title: String {
        switch self {
        case .pitching: "Pitching"
        case .impatience: "Impatience"
        case .excessiveGoalFocus: "Excessive goal focus"
        case .planAttachment: "Falling in love with the plan"
        case .prideEnthusiasm: "Pride and enthusiasm unchecked"
        case .lackOfPreparation: "Lack of preparation"
        case .unaddressedHistory: "Unaddressed history"
        case .consciousCompetence: "Conscious competence"
        }
    }
}

extension Barrier {
    /// How often each barrier occurs in `barriers`, in the vocabulary's order; barriers that never occur left out.
    public static func tally(_ barriers: [Barrier]) -> [(barrier: Barrier, count: Int)] {
        allCases.compactMap { barrier in
            let count = barriers.filter { $0 == barrier }.count
            return count == 0 ? nil : (barrier, count)
        }
    }
}

/// What went well, so a review can say so too.
public enum Strength: String, Sendable, CaseIterable, Codable {
    case openQuestion = "open-question"
    case summary
    case futureForward = "future-forward"
    case listening

    public var title: String {
        switch self {
        case .openQuestion: "Open question"
        case .summary: "Summary that shows understanding"
        case .futureForward: "Bringing the future forward"
        case .listening: "Customer talking more than the rep"
        }
    }
}

/// What a rule flags: a barrier, or a strength.
public enum RuleTarget: Hashable, Sendable, Codable, CustomStringConvertible {
    case barrier(Barrier)
    case strength(Strength)

    public var id: String {
        switch self {
        case .barrier(let barrier): barrier.rawValue
        case .strength(let strength): strength.rawValue
        }
    }

    public var title: String {
        switch self {
        case .barrier(let barrier): barrier.title
        case .strength(let strength): strength.title
        }
    }

    public var isBarrier: Bool { barrier != nil }

    public var barrier: Barrier? {
        if case .barrier(let barrier) = self { return barrier }
        return nil
    }

    public var strength: Strength? {
        if case .strength(let strength) = self { return strength }
        return nil
    }

    public var description: String { id }

    /// Every barrier and strength, in a fixed order.
    public static let all: [RuleTarget] = Barrier.allCases.map(RuleTarget.barrier) + Strength.allCases.map(RuleTarget.strength)
}

public enum Severity: String, Sendable, CaseIterable, Codable, Comparable {
    case suggestion
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
