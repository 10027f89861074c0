/// The customer says something (asks to talk about another topic) and the rep's next note answers it the
/// wrong way: with one of the `replies` (puts it off: "we'll get there", "in a minute"), or, with
/// `ignoring`, by asking about something else (a question sharing no topic word with what they said and
/// none of the `following` phrases: "sure, let's do that"). Anchored at the rep's reply.
public struct ReplyKind: RuleKind {
    public static let name = "reply"
    public static let fields = ["phrases", "with", "exceptions", "replies", "ignoring", "following"]
    public static let defaultSpeakers: Set<Speaker> = [.customer]

    public var phrases: [PhrasePattern]
    public var with: [PhrasePattern]
    public var exceptions: [PhrasePattern]
    public var replies: [PhrasePattern]
    public var ignoring: Bool
    public var following: [PhrasePattern]

    public init(phrases: [PhrasePattern], with: [PhrasePattern] = [], exceptions: [PhrasePattern] = [], replies: [PhrasePattern] = [],
                ignoring: Bool = false, following: [PhrasePattern] = []) {
        self.phrases = phrases
        self.with = with
        self.exceptions = exceptions
        self.replies = replies
        self.ignoring = ignoring
        self.following = following
    }

    public init?(settings: inout some RuleSettings) {
        let test = settings.phraseTest()
        let replies = settings.optionalPhrases("replies")
        let ignoring = settings.bool("ignoring", default: false)
        let following = settings.optionalPhrases("following")
        guard let test, let replies, let ignoring, let following else { return nil }
        guard !replies.isEmpty || ignoring else {
            settings.report(nil, "a 'reply' rule needs 'replies' (phrases of a wrong reply) or 'ignoring: true'")
            return nil
        }
        self.init(phrases: test.phrases, with: test.with, exceptions: test.exceptions, replies: replies, ignoring: ignoring,
                  following: following)
    }

    public var phraseLists: [[PhrasePattern]] { [phrases, with, exceptions, replies, following] }

    public func makeCheck(_ inputs: CheckInputs) -> CompiledCheck {
        CompiledCheck(.reply(ReplyCheck(trigger: PhraseTest(inputs, from: 0), replies: inputs.sets[3], ignoring: ignoring,
                                        following: inputs.sets[4])))
    }
}

struct ReplyCheck: RuleCheck {
    let trigger: PhraseTest
    let replies: PhraseMatcher.SetID?
    let ignoring: Bool
    let following: PhraseMatcher.SetID?
    /// The topic stems of the note waiting for the rep's reply; nil when none is waiting.
    private var waiting: [Int32]?

    init(trigger: PhraseTest, replies: PhraseMatcher.SetID?, ignoring: Bool, following: PhraseMatcher.SetID?) {
        self.trigger = trigger
        self.replies = replies
        self.ignoring = ignoring
        self.following = following
    }

    mutating func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        observeOutside(context, into: &hits)
        if trigger.span(in: context) != nil { waiting = context.topics }
    }

    mutating func observeOutside(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard let topics = waiting, context.speaker == .me else { return }
        waiting = nil
        if let span = context.matches.span(replies) {
            hits.append(RuleHit(noteIndex: context.index, span: span))
        } else if ignoring, context.reading.isQuestion, !context.matches.contains(following),
                  !context.topics.contains(where: topics.contains) {
            hits.append(RuleHit(noteIndex: context.index, evidence: "a question about something else"))
        }
    }
}
