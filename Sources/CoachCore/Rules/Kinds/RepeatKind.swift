/// A rep question for facts the customer has already given: most of its topic words were said by the
/// customer earlier. Questions that dig deeper or check a summary are listed as `exceptions`.
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
    let minimumShared: Int
    let exceptions: PhraseMatcher.SetID?

    init(minimumShared: Int, exceptions: PhraseMatcher.SetID?) {
        self.minimumShared = minimumShared
        self.exceptions = exceptions
    }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard context.reading.isQuestion, !context.matches.contains(exceptions),
              context.facts.customerVocabulary.count >= minimumShared else { return }
        let topics = ContentWords.of(context.terms)
        let known = topics.filter { context.facts.customerVocabulary.contains($0) }
        guard known.count >= minimumShared, known.count * 4 >= topics.count * 3 else { return }
        hits.append(RuleHit(noteIndex: context.index, evidence: "already answered: \(known.joined(separator: ", "))"))
    }
}
