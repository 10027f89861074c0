/// The settings of a kind that holds a rep question against what the customer has already answered
/// (`repeat`, `planned`): how many topic words it must share with the answer, and the questions that dig
/// deeper instead.
public struct AnsweredQuestion: Sendable, Codable {
    public var minimumShared: Int
    public var exceptions: [PhrasePattern]
}

public protocol AnsweredQuestionKind: RuleKind {
    var answered: AnsweredQuestion { get }
    init(answered: AnsweredQuestion)
}

extension AnsweredQuestionKind {
    public static var fields: [String] { ["min_shared", "exceptions"] }

    public init(minimumShared: Int = 2, exceptions: [PhrasePattern] = []) {
        self.init(answered: AnsweredQuestion(minimumShared: minimumShared, exceptions: exceptions))
    }

    public init?(settings: inout some RuleSettings) {
        let minimumShared = settings.integer("min_shared", in: 1...20, default: 2)
        let exceptions = settings.optionalPhrases("exceptions")
        guard let minimumShared, let exceptions else { return nil }
        self.init(minimumShared: minimumShared, exceptions: exceptions)
    }

    public var phraseLists: [[PhrasePattern]] { [answered.exceptions] }
}
