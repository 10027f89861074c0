/// A rep question for what the customer has already given: most of its topic words were said by the
/// customer, or it asks again what an earlier question of the rep's asked and the customer answered (the
/// same fact question, "how many" or "how much", about a topic word in common: "how many routes ..." twice),
/// or it asks how many of something the customer already counted ("320 berths"). Questions that dig
/// deeper or check a summary are listed as `exceptions`.
public struct RepeatKind: AnsweredQuestionKind {
    public static let name = "repeat"

    public var answered: AnsweredQuestion

    public init(answered: AnsweredQuestion) { self.answered = answered }

    public func makeCheck(_ inputs: CheckInputs) -> any RuleCheck {
        RepeatCheck(minimumShared: answered.minimumShared, exceptions: inputs.sets[0])
    }
}

final class RepeatCheck: RuleCheck {
    private struct Asked {
        var opening: String
        var topics: [String]
    }

    let minimumShared: Int
    let exceptions: PhraseMatcher.SetID?
    /// "opening|topic" for each topic of each earlier rep question the customer answered: a question is
    /// looked up by its own words, however long the call.
    private var answered: Set<String> = []
    private var waiting: Asked?

    init(minimumShared: Int, exceptions: PhraseMatcher.SetID?) {
        self.minimumShared = minimumShared
        self.exceptions = exceptions
    }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard context.reading.isQuestion else { return }
        let asked = Asked(opening: Self.opening(context.terms), topics: ContentWords.of(context.terms))
        defer { waiting = asked }
        guard !context.matches.contains(exceptions), let known = knownTopics(asked, context.facts),
              !Self.askedTopics(context).isDisjoint(with: known) else { return }
        hits.append(RuleHit(noteIndex: context.index, evidence: "already answered: \(known.joined(separator: ", "))"))
    }

    func observeOutside(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard context.speaker == .customer else { return }
        answered.formUnion(Self.counted(context.terms).map { "how many|" + $0 })
        guard let asked = waiting else { return }
        if !asked.opening.isEmpty { answered.formUnion(asked.topics.map { asked.opening + "|" + $0 }) }
        waiting = nil
    }

    /// The topic words the customer gave a count of ("320 berths", "forty stores"): "how many" of them
    /// has been answered, whoever asked.
    private static func counted(_ terms: NoteTerms) -> [String] {
        zip(terms.terms, terms.terms.dropFirst()).compactMap { count, thing in
            isCount(count.stem) && thing.isTopic ? thing.stem : nil
        }
    }

    private static func isCount(_ stem: String) -> Bool {
        (!stem.isEmpty && stem.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) || countWords.contains(stem)
    }

    /// The topic words the customer has already answered, when the question asks for them again.
    private func knownTopics(_ asked: Asked, _ facts: CallFacts) -> [String]? {
        let said = asked.topics.filter { facts.customerVocabulary.contains($0) }
        if said.count >= minimumShared, said.count * 4 >= asked.topics.count * 3 { return said }
        guard !asked.opening.isEmpty else { return nil }
        let again = asked.topics.filter { answered.contains(asked.opening + "|" + $0) }
        return again.isEmpty ? nil : again
    }

    /// The topic words of the sentences that ask: "so the cab and less vanilla, right?" plays back what
    /// they said and asks for none of it.
    private static func askedTopics(_ context: NoteContext) -> Set<String> {
        let form = context.reading.form
        return Set(context.terms.terms.lazy.filter { $0.isTopic && form.asks(at: $0.range.lowerBound) }.map(\.stem))
    }

    /// "how many", "how much" and the like, wherever the question starts: a question for a fact; empty for
    /// any other question.
    private static func opening(_ terms: NoteTerms) -> String {
        let stems = terms.terms.prefix(6).map(\.stem)
        guard let start = stems.firstIndex(of: "how"), start + 1 < stems.count, factWords.contains(stems[start + 1]) else { return "" }
        return "how " + stems[start + 1]
    }

    private static let factWords: Set<String> = ["many", "much", "far", "long", "often", "big"]
    private static let countWords = Set([
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "hundred", "thousand", "dozen",
    ].map { Normaliser().stem(Normaliser.plain($0)) })
}
