/// How a debrief says what a barrier was in a practice call, and what to do instead, in plain words.
enum DebriefWords {
    static func what(_ barrier: Barrier) -> String {
        switch barrier {
        case .pitching: "talking about us and what we sell"
        case .impatience: "moving to a solution or the next meeting before they had named a need"
        case .excessiveGoalFocus: "pushing for what you wanted: the order, the meeting, your quarter"
        case .planAttachment: "asking what they had already told you"
        case .prideEnthusiasm: "enthusiasm for us running ahead of them"
        case .lackOfPreparation: "asking what your homework should have answered"
        case .unaddressedHistory: "stepping over the bad experience they raised"
        case .consciousCompetence: "thinking about technique instead of the person"
        }
    }

    static func instead(_ barrier: Barrier) -> String {
        switch barrier {
        case .pitching: "Ask about their business, and let them bring up what they need."
        case .impatience: "Stay with their problem until they name what they need."
        case .excessiveGoalFocus: "Leave your target out of their call; ask what they need to decide."
        case .planAttachment: "Follow what they tell you, not the list you came with."
        case .prideEnthusiasm: "Let their need set the pace, and keep the superlatives for later."
        case .lackOfPreparation: "Look them up before the call, and ask what a website cannot tell you."
        case .unaddressedHistory: "Acknowledge what happened and ask what it cost them, before anything else."
        case .consciousCompetence: "Follow the person, not your script."
        }
    }

    /// The barrier a move that lost trust stands for; nil for moves that are no barrier (a plain statement).
    static func barrier(of move: Move) -> Barrier? {
        switch move.kind {
        case .ignoreHistory: .unaddressedHistory
        case .pitch: move.barriers.first { $0 == .pitching || $0 == .prideEnthusiasm } ?? .pitching
        case .push: move.barriers.first { $0 == .excessiveGoalFocus || $0 == .impatience } ?? .excessiveGoalFocus
        case .unprepared: .lackOfPreparation
        case .repeatQuestion: .planAttachment
        case .secondCall: .impatience
        default: nil
        }
    }
}
