/// The customer's reply shows what the rep's last note was ("Like I said, ...", "It's on our website").
/// Anchored at the rep's note, the one that showed the barrier. With `after_question`, only when that
/// note was a question (a customer repeating themselves after a pitch is not a re-asked question).
public struct CueKind: RuleKind {
    public static let name = "cue"
    public static let fields = ["phrases", "after_question"]
    public static let defaultSpeakers: Set<Speaker> = [.customer]

    public var phrases: [PhrasePattern]
    public var afterQuestion: Bool

    public init(phrases: [PhrasePattern], afterQuestion: Bool = false) {
        self.phrases = phrases
        self.afterQuestion = afterQuestion
    }

    public init?(settings: inout some RuleSettings) {
        let phrases = settings.phrases("phrases", required: true)
        let afterQuestion = settings.bool("after_question", default: false)
        guard let phrases, let afterQuestion else { return nil }
        self.init(phrases: phrases, afterQuestion: afterQuestion)
    }

    public var phraseLists: [[PhrasePattern]] { [phrases] }

    public func makeCheck(_ inputs: CheckInputs) -> CompiledCheck {
        CompiledCheck(.cue(CueCheck(cues: inputs.sets[0], afterQuestion: afterQuestion)))
    }
}

struct CueCheck: RuleCheck {
    let cues: PhraseMatcher.SetID?
    let afterQuestion: Bool

    var neededPhrases: PhraseMatcher.SetID? { cues }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard let span = context.matches.span(cues) else { return }
        guard let repNote = context.facts.lastRepNoteIndex else {
            if !afterQuestion { hits.append(RuleHit(noteIndex: context.index, span: span)) }
            return
        }
        guard !afterQuestion || context.facts.lastRepNoteWasQuestion else { return }
        hits.append(RuleHit(noteIndex: repNote, evidence: "the customer's reply: \"\(context.note.text)\""))
    }

    /// A reply to come may still cue the rep's last note.
    func earliestOpenAnchor(_ facts: CallFacts) -> Int? { facts.lastRepNoteIndex }
}
