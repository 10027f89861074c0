/// A question from the call's plan that the customer has already answered: the list is being followed
/// for its own sake. Questions that dig deeper are listed as `exceptions`, as for `repeat`.
public struct PlannedKind: RuleKind {
    public static let name = "planned"
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
        PlannedCheck(planned: inputs.plannedQuestions, minimumShared: minimumShared, exceptions: inputs.sets[0])
    }
}

final class PlannedCheck: RuleCheck {
    let planned: PlannedQuestions
    let minimumShared: Int
    let exceptions: PhraseMatcher.SetID?

    init(planned: PlannedQuestions, minimumShared: Int, exceptions: PhraseMatcher.SetID?) {
        self.planned = planned
        self.minimumShared = minimumShared
        self.exceptions = exceptions
    }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard !planned.isEmpty, context.reading.isQuestion, !context.matches.contains(exceptions),
              let index = planned.asked(by: context.terms),
              let known = planned.answeredWords(of: index, customerVocabulary: context.facts.customerVocabulary,
                                                minimumShared: minimumShared) else { return }
        hits.append(RuleHit(noteIndex: context.index,
                            evidence: "planned question \"\(planned.questions[index])\": they already spoke of \(known.joined(separator: ", "))"))
    }
}
