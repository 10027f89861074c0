/// A question from the call's plan that the customer has already answered: the list is being followed
/// for its own sake. Questions that dig deeper are listed as `exceptions`, as for `repeat`.
public struct PlannedKind: AnsweredQuestionKind {
    public static let name = "planned"

    public var answered: AnsweredQuestion

    public init(answered: AnsweredQuestion) { self.answered = answered }

    public func makeCheck(_ inputs: CheckInputs) -> CompiledCheck {
        CompiledCheck(.planned(PlannedCheck(planned: inputs.plannedQuestions, minimumShared: answered.minimumShared, exceptions: inputs.sets[0])))
    }
}

struct PlannedCheck: RuleCheck {
    let planned: PlannedQuestions
    let minimumShared: Int
    let exceptions: PhraseMatcher.SetID?

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard !planned.isEmpty, context.reading.isQuestion, !context.matches.contains(exceptions) else { return }
        // The plan's words as this call's stems: a word the call never used is neither asked nor said.
        let stems = planned.topics.map { $0.map { context.stems.number(of: $0) } }
        guard let index = planned.asked(saying: { question, word in stems[question][word].map(context.topics.contains) ?? false }),
              let known = planned.answeredWords(of: index, known: { word in stems[index][word].map(context.facts.customerVocabulary.contains) ?? false },
                                                minimumShared: minimumShared) else { return }
        hits.append(RuleHit(noteIndex: context.index,
                            evidence: "planned question \"\(planned.questions[index])\": they already spoke of \(known.joined(separator: ", "))"))
    }
}
