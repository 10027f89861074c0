import Foundation

/// A call planned as a learning exercise: who, their likely style, what to learn, what to ask, and the
/// homework done beforehand.
public struct CallPlan: Equatable, Sendable, Codable {
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

    private enum CodingKeys: String, CodingKey { case account, contact, style, objectives, questions, prepItems, prepAnswers }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let items = try container.decode([String].self, forKey: .prepItems)
        let answers = try container.decode([String].self, forKey: .prepAnswers)
        guard items.count == answers.count else {
            throw DecodingError.dataCorruptedError(forKey: .prepAnswers, in: container, debugDescription: "an answer for each item")
        }
        self.init(account: try container.decode(String.self, forKey: .account), contact: try container.decode(String.self, forKey: .contact),
                  style: try container.decode(String.self, forKey: .style), objectives: try container.decode([String].self, forKey: .objectives),
                  questions: try container.decode([String].self, forKey: .questions), prep: Array(zip(items, answers)))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(account, forKey: .account)
        try container.encode(contact, forKey: .contact)
        try container.encode(style, forKey: .style)
        try container.encode(objectives, forKey: .objectives)
        try container.encode(questions, forKey: .questions)
        try container.encode(prep.map(\.item), forKey: .prepItems)
        try container.encode(prep.map(\.answer), forKey: .prepAnswers)
    }

    public static func == (lhs: CallPlan, rhs: CallPlan) -> Bool {
        lhs.account == rhs.account && lhs.contact == rhs.contact && lhs.style == rhs.style
            && lhs.objectives == rhs.objectives && lhs.questions == rhs.questions
            && lhs.prep.map(\.item) == rhs.prep.map(\.item) && lhs.prep.map(\.answer) == rhs.prep.map(\.answer)
    }
}
