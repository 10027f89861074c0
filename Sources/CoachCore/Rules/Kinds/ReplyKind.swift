/// The customer says something (asks to talk about another topic) and the rep's next note answers it the
/// wrong way (puts it off: "we'll get there", "in a minute"). Anchored at the rep's reply.
public struct ReplyKind: RuleKind {
    public static let name = "reply"
    public static let fields = ["phrases", "with", "exceptions", "replies"]
    public static let defaultSpeakers: Set<Speaker> = [.customer]

    public var phrases: [PhrasePattern]
    public var with: [PhrasePattern]
    public var exceptions: [PhrasePattern]
    public var replies: [PhrasePattern]

    public init(phrases: [PhrasePattern], with: [PhrasePattern] = [], exceptions: [PhrasePattern] = [], replies: [PhrasePattern]) {
        self.phrases = phrases
        self.with = with
        self.exceptions = exceptions
        self.replies = replies
    }

    public init?(settings: inout some RuleSettings) {
        let test = settings.phraseTest()
        let replies = settings.phrases("replies", required: true)
        guard let test, let replies else { return nil }
        self.init(phrases: test.phrases, with: test.with, exceptions: test.exceptions, replies: replies)
    }

    public var phraseLists: [[PhrasePattern]] { [phrases, with, exceptions, replies] }

    public func makeCheck(_ inputs: CheckInputs) -> any RuleCheck {
        ReplyCheck(trigger: PhraseTest(inputs.sets, from: 0), replies: inputs.sets[3])
    }
}

final class ReplyCheck: RuleCheck {
    let trigger: PhraseTest
    let replies: PhraseMatcher.SetID?
    private var waiting = false

    init(trigger: PhraseTest, replies: PhraseMatcher.SetID?) {
        self.trigger = trigger
        self.replies = replies
    }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        observeOutside(context, into: &hits)
        if trigger.span(in: context.matches) != nil { waiting = true }
    }

    func observeOutside(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard waiting, context.speaker == .me else { return }
        waiting = false
        if let span = context.matches.span(replies) { hits.append(RuleHit(noteIndex: context.index, span: span)) }
    }
}
