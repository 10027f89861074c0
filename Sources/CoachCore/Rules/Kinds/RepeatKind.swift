/// A rep question for what the customer has already given: most of its topic words were said by the
/// customer, or it asks again what an earlier question of the rep's asked and the customer answered (the
/// same opening and a topic word in common: "how many routes ..." twice). Questions that dig
/// deeper or check a summary are listed as `exceptions`.
public struct RepeatKind: RuleKind {
    public static let name = "repeat"
    public static let fields = ["min_shared", "exceptions"]

    public var minimumShared: Int
    public var exceptions: [PhrasePattern]

    public init(minimumShared: Int = 2, exceptions: [PhrasePattern] = []) {
        self.minimumShared = minimumShared
        self.exceptions = exceptions
    }

    public init?(settings: inout some RuleSettings) {
        let minimumShared = settings.integer("min_shared", in: 1...20, default: 2)
        let exceptions = settings.optionalPhrases("exceptions")
        guard let minimumShared, let exceptions else { return nil }
        self.init(minimumShared: minimumShared, exceptions: exceptions)
    }

    public var phraseLists: [[PhrasePattern]] { [exceptions] }

    public func makeCheck(_ inputs: CheckInputs) -> any RuleCheck {
        RepeatCheck(minimumShared: minimumShared, exceptions: inputs.sets[0])
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
        guard !context.matches.contains(exceptions), let known = knownTopics(asked, context.facts) else { return }
        hits.append(RuleHit(noteIndex: context.index, evidence: "already answered: \(known.joined(separator: ", "))"))
    }

    func observeOutside(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard context.speaker == .customer, let asked = waiting else { return }
        if !asked.opening.isEmpty { answered.formUnion(asked.topics.map { asked.opening + "|" + $0 }) }
        waiting = nil
    }

    /// The topic words the customer has already answered, when the question asks for them again.
    private func knownTopics(_ asked: Asked, _ facts: CallFacts) -> [String]? {
        let said = asked.topics.filter { facts.customerVocabulary.contains($0) }
        if said.count >= minimumShared, said.count * 4 >= asked.topics.count * 3 { return said }
        guard !asked.opening.isEmpty else { return nil }
        let again = asked.topics.filter { answered.contains(asked.opening + "|" + $0) }
        return again.isEmpty ? nil : again
    }

    /// The question word and the word after it ("how many", "what is"), wherever the question starts.
    private static func opening(_ terms: NoteTerms) -> String {
        let stems = terms.terms.prefix(6).map(\.stem)
        guard let start = stems.firstIndex(where: askingStems.contains), start + 1 < stems.count else { return "" }
        return stems[start] + " " + stems[start + 1]
    }

    private static let askingStems: Set<String> = ["how", "what", "which", "who", "where", "when", "why"]
}
