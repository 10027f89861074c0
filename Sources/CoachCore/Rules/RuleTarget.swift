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

    /// Reads a stored id back ("pitching", "open-question"); nil for an id this version does not know.
    public init?(id: String) {
        if let barrier = Barrier(rawValue: id) {
            self = .barrier(barrier)
        } else if let strength = Strength(rawValue: id) {
            self = .strength(strength)
        } else {
            return nil
        }
    }

    public var id: String {
        switch self {
        case .barrier(let barrier): barrier.rawValue
        case .strength(let strength): strength.rawValue
        }
    }

    public var title: String {
        switch self {
        case .barrier(let barrier): barrier.traits.title
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
