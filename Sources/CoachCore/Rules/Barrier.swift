/// The barriers to an ideal sales conversation: the vocabulary every rule, flag and report uses.
/// Everything the product says or shows about a barrier is its row in `traits`: a new barrier is a case
/// here and its row below, and every screen, report and practice debrief follows.
public enum Barrier: String, Sendable, CaseIterable, Codable {
    case pitching
    case impatience
    case excessiveGoalFocus = "excessive-goal-focus"
    case planAttachment = "plan-attachment"
    case prideEnthusiasm = "pride-enthusiasm"
    case lackOfPreparation = "lack-of-preparation"
    case unaddressedHistory = "unaddressed-history"
    case consciousCompetence = "conscious-competence"

    /// How a barrier is named, marked and coloured, and what practice makes of it.
    public struct Traits: Sendable {
        public let title: String
        /// One letter on the timelines, so a mark reads without colour too.
        public let mark: Character
        public let terminalColour: NamedColour
        public let htmlColour: String
        /// The move a practice line flagged with this barrier makes, if any; when a line shows several
        /// barriers, the one ranked first (lowest) decides its move.
        public let practice: (move: MoveKind, rank: Int)?
        /// How a practice debrief says what the barrier was, and what to do instead, in plain words.
        public let debriefWhat: String
        public let debriefInstead: String
    }

    public var traits: Traits {
        switch self {
        case .pitching:
            Traits(title: "Pitching", mark: "P", terminalColour: .red, htmlColour: "#d62728", practice: (.pitch, 1),
                   debriefWhat: "talking about us and what we sell",
                   debriefInstead: "Ask about their business, and let them bring up what they need.")
        case .impatience:
            Traits(title: "Impatience", mark: "I", terminalColour: .yellow, htmlColour: "#ff7f0e", practice: (.push, 0),
                   debriefWhat: "moving to a solution or the next meeting before they had named a need",
                   debriefInstead: "Stay with their problem until they name what they need.")
        case .excessiveGoalFocus:
            Traits(title: "Excessive goal focus", mark: "G", terminalColour: .magenta, htmlColour: "#9467bd", practice: (.push, 0),
                   debriefWhat: "pushing for what you wanted: the order, the meeting, your quarter",
                   debriefInstead: "Leave your target out of their call; ask what they need to decide.")
        case .planAttachment:
            Traits(title: "Falling in love with the plan", mark: "A", terminalColour: .blue, htmlColour: "#1f77b4", practice: (.repeatQuestion, 3),
                   debriefWhat: "asking what they had already told you",
                   debriefInstead: "Follow what they tell you, not the list you came with.")
        case .prideEnthusiasm:
            Traits(title: "Pride and enthusiasm unchecked", mark: "E", terminalColour: .red, htmlColour: "#e377c2", practice: (.pitch, 1),
                   debriefWhat: "enthusiasm for us running ahead of them",
                   debriefInstead: "Let their need set the pace, and keep the superlatives for later.")
        case .lackOfPreparation:
            Traits(title: "Lack of preparation", mark: "H", terminalColour: .blue, htmlColour: "#8c564b", practice: (.unprepared, 2),
                   debriefWhat: "asking what your homework should have answered",
                   debriefInstead: "Look them up before the call, and ask what a website cannot tell you.")
        case .unaddressedHistory:
            Traits(title: "Unaddressed history", mark: "U", terminalColour: .yellow, htmlColour: "#bcbd22", practice: nil,
                   debriefWhat: "stepping over the bad experience they raised",
                   debriefInstead: "Acknowledge what happened and ask what it cost them, before anything else.")
        case .consciousCompetence:
            Traits(title: "Conscious competence", mark: "C", terminalColour: .magenta, htmlColour: "#17becf", practice: nil,
                   debriefWhat: "thinking about technique instead of the person",
                   debriefInstead: "Follow the person, not your script.")
        }
    }

    /// How often each barrier occurs in `barriers`, in the vocabulary's order; barriers that never occur left out.
    public static func tally(_ barriers: [Barrier]) -> [(barrier: Barrier, count: Int)] {
        allCases.compactMap { barrier in
            let count = barriers.filter { $0 == barrier }.count
            return count == 0 ? nil : (barrier, count)
        }
    }
}

/// A colour by name, for what Core describes and a terminal draws.
public enum NamedColour: Sendable {
    case red, yellow, magenta, blue
}
