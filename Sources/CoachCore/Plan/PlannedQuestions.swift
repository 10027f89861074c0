/// The plan's questions by their topic stems: which one a rep's note asks, and whether the customer has
/// already said most of what it was meant to find out.
public struct PlannedQuestions: Sendable {
    public let questions: [String]
    private let topics: [[String]]

    public init(_ questions: [String], normaliser: Normaliser = Normaliser()) {
        self.questions = questions
        topics = questions.map { ContentWords.of(normaliser.terms(of: $0)) }
    }

    public var isEmpty: Bool { questions.isEmpty }

    /// The planned question a note asks: the one sharing the most topic words with it, when it shares at
    /// least half of that question's topic words.
    public func asked(by terms: NoteTerms) -> Int? {
        let said = Set(ContentWords.of(terms))
        var best: (index: Int, shared: Int)?
        for (index, words) in topics.enumerated() where !words.isEmpty {
            let shared = words.filter { said.contains($0) }.count
            guard shared * 2 >= words.count, shared > 0, shared > (best?.shared ?? 0) else { continue }
            best = (index, shared)
        }
        return best?.index
    }

    /// The planned question's topic words the customer has already said, when they are at least
    /// `minimumShared` and two thirds of them; nil otherwise.
    public func answeredWords(of index: Int, customerVocabulary: WordTable, minimumShared: Int) -> [String]? {
        let words = topics[index]
        let known = words.filter { customerVocabulary.contains($0) }
        guard known.count >= minimumShared, known.count * 3 >= words.count * 2 else { return nil }
        return known
    }
}
