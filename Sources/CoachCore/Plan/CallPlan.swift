import Foundation

/// A call planned as a learning exercise: who, their likely style, what to learn, what to ask, and the
/// homework done beforehand.
public struct CallPlan: Equatable, Sendable {
    public var account: String
    public var contact: String
    public var style: String
    public var objectives: [String]
    public var questions: [String]
    /// Preparation items in order, with what the rep found out (empty while not done).
    public var prep: [(item: String, answer: String)]

    /// The homework every plan starts with.
    public static let standardPrep = [
        "what they sell, and to whom",
        "what drives their revenue",
        "what their main costs are",
        "their cash flow and risks",
        "recent news",
        "their history with us, and anything to acknowledge",
        "what a second call would be for",
    ]

    public init(account: String = "", contact: String = "", style: String = "", objectives: [String] = [],
                questions: [String] = [], prep: [(item: String, answer: String)] = standardPrep.map { ($0, "") }) {
        self.account = account
        self.contact = contact
        self.style = style
        self.objectives = objectives
        self.questions = questions
        self.prep = prep
    }

    public var blankPrepItems: [String] {
        prep.filter { $0.answer.trimmingCharacters(in: .whitespaces).isEmpty }.map(\.item)
    }

    public static func == (lhs: CallPlan, rhs: CallPlan) -> Bool {
        lhs.account == rhs.account && lhs.contact == rhs.contact && lhs.style == rhs.style
            && lhs.objectives == rhs.objectives && lhs.questions == rhs.questions
            && lhs.prep.map(\.item) == rhs.prep.map(\.item) && lhs.prep.map(\.answer) == rhs.prep.map(\.answer)
    }
}
