/// The plan's questions by their topic stems: which one a rep's note asks, and whether the customer has
/// already said most of what it was meant to find out.
public struct PlannedQuestions: Sendable {
    public let questions: [String]
    /// Each question's topic stems.
    let topics: [[String]]

    public init(_ questions: [String], normaliser: Normaliser = Normaliser()) {
        self.questions = questions
        topics = questions.map(normaliser.topics(of:))
    }

    public var isEmpty: Bool { questions.isEmpty }

    /// The planned question a note with these topic stems asks.
    public func asked(byTopics said: [String]) -> Int? {
        let said = Set(said)
        return asked { said.contains(topics[$0][$1]) }
    }

    /// The planned question a note asks, given whether it says each question's topic words (`says(question,
    /// word)`): the one sharing the most topic words with it, when it shares at least half of that question's.
    func asked(saying says: (_ question: Int, _ word: Int) -> Bool) -> Int? {
        var best: (index: Int, shared: Int)?
        for (index, words) in topics.enumerated() where !words.isEmpty {
            let shared = words.indices.filter { says(index, $0) }.count
            guard shared * 2 >= words.count, shared > 0, shared > (best?.shared ?? 0) else { continue }
            best = (index, shared)
        }
        return best?.index
    }

    /// The planned question's topic words the customer has already said (`known(word)`), when they are at
    /// least `minimumShared` and two thirds of them; nil otherwise.
    func answeredWords(of index: Int, known: (_ word: Int) -> Bool, minimumShared: Int) -> [String]? {
        let words = topics[index]
        let said = words.indices.filter(known).map { words[$0] }
        guard said.count >= minimumShared, said.count * 3 >= words.count * 2 else { return nil }
        return said
    }
}
