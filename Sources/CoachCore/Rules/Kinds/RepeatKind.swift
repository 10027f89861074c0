/// A rep question for what the customer has already given: most of its topic words were said by the
/// customer, or it asks again what an earlier question of the rep's asked and the customer answered (the
/// same fact question, "how many" or "how much", about a topic word in common: "how many routes ..." twice),
/// or it asks how many of something the customer already counted ("320 berths"). Questions that dig
/// deeper or check a summary are listed as `exceptions`.
public struct RepeatKind: AnsweredQuestionKind {
    public static let name = "repeat"

    public var answered: AnsweredQuestion

    public init(answered: AnsweredQuestion) { self.answered = answered }

    public func makeCheck(_ inputs: CheckInputs) -> CompiledCheck {
        CompiledCheck(.repeatQuestion(RepeatCheck(minimumShared: answered.minimumShared, exceptions: inputs.sets[0])))
    }
}

struct RepeatCheck: RuleCheck {
    private struct Asked {
        /// The stem of the fact asked for after "how" (many, much, ...); nil for any other question.
        var opening: Int32?
        var topics: [Int32]
    }

    let minimumShared: Int
    let exceptions: PhraseMatcher.SetID?
    /// The fact and topic stems of each topic of each earlier rep question the customer answered ("how
    /// many" routes): a question is looked up by its own words, however long the call.
    private var answered: Set<UInt64> = []
    private var waiting: Asked?

    init(minimumShared: Int, exceptions: PhraseMatcher.SetID?) {
        self.minimumShared = minimumShared
        self.exceptions = exceptions
    }

    mutating func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard context.reading.isQuestion else { return }
        let asked = Asked(opening: Self.opening(context.terms), topics: context.topics)
        defer { waiting = asked }
        guard !context.matches.contains(exceptions), let known = knownTopics(asked, context.facts),
              Self.asksAny(of: known, context) else { return }
        hits.append(RuleHit(noteIndex: context.index, evidence: "already answered: \(known.map(context.stems.string).joined(separator: ", "))"))
    }

    mutating func observeOutside(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard context.speaker == .customer else { return }
        let terms = context.terms.terms
        // The topic words the customer gave a count of ("320 berths", "forty stores"): "how many" of them has
        // been answered, whoever asked.
        for (count, thing) in zip(terms, terms.dropFirst()) where count.traits.contains(.count) && thing.isTopic {
            answered.insert(Self.key(context.stems.many, thing.stem))
        }
        guard let asked = waiting else { return }
        if let opening = asked.opening { answered.formUnion(asked.topics.map { Self.key(opening, $0) }) }
        waiting = nil
    }

    private static func key(_ fact: Int32, _ topic: Int32) -> UInt64 { UInt64(UInt32(fact)) << 32 | UInt64(UInt32(topic)) }

    /// The topic words the customer has already answered, when the question asks for them again.
    private func knownTopics(_ asked: Asked, _ facts: CallFacts) -> [Int32]? {
        let said = asked.topics.filter { facts.customerVocabulary.contains($0) }
        if said.count >= minimumShared, said.count * 4 >= asked.topics.count * 3 { return said }
        guard let opening = asked.opening else { return nil }
        let again = asked.topics.filter { answered.contains(Self.key(opening, $0)) }
        return again.isEmpty ? nil : again
    }

    /// Whether a sentence that asks holds one of the `known` topics: "so the cab and less vanilla, right?"
    /// plays back what they said and asks for none of it.
    private static func asksAny(of known: [Int32], _ context: NoteContext) -> Bool {
        let form = context.reading.form
        return context.terms.terms.contains { $0.isTopic && known.contains($0.stem) && form.asks(at: $0.range.lowerBound) }
    }

    /// "how many", "how much" and the like, wherever the question starts: a question for a fact.
    private static func opening(_ terms: NoteTerms) -> Int32? {
        let first = terms.terms.prefix(6)
        guard let how = first.firstIndex(where: { $0.traits.contains(.how) }), how + 1 < first.endIndex,
              first[how + 1].traits.contains(.fact) else { return nil }
        return first[how + 1].stem
    }
}
