/// A trigger note (the customer raising a bad experience with us) that the rep's next notes step over:
/// no acknowledgement within `within` rep notes. An acknowledgement is a phrase from its list or, with
/// `follow_up`, a question about what the trigger brought up that the customer had not spoken of before
/// ("the install was late" → "what did the late install cost you?"). Anchored at the
/// trigger; a trigger the call ends on is not flagged, the rep had no chance to answer it. When the rep
/// acknowledges it later after all, the flag is reported resolved.
public struct UnansweredKind: RuleKind {
    public static let name = "unanswered"
    public static let fields = ["phrases", "with", "exceptions", "acknowledgements", "within", "follow_up"]
    public static let defaultSpeakers: Set<Speaker> = [.customer]

    public var phrases: [PhrasePattern]
    public var with: [PhrasePattern]
    public var exceptions: [PhrasePattern]
    public var acknowledgements: [PhrasePattern]
    public var within: Int
    public var followUp: Bool

    public init(phrases: [PhrasePattern], with: [PhrasePattern] = [], exceptions: [PhrasePattern] = [],
                acknowledgements: [PhrasePattern], within: Int = 2, followUp: Bool = true) {
        self.phrases = phrases
        self.with = with
        self.exceptions = exceptions
        self.acknowledgements = acknowledgements
        self.within = within
        self.followUp = followUp
    }

    public init?(settings: inout some RuleSettings) {
        let test = settings.phraseTest()
        let acknowledgements = settings.phrases("acknowledgements", required: true)
        let within = settings.integer("within", in: 1...20, default: 2)
        let followUp = settings.bool("follow_up", default: true)
        guard let test, let acknowledgements, let within, let followUp else { return nil }
        self.init(phrases: test.phrases, with: test.with, exceptions: test.exceptions, acknowledgements: acknowledgements,
                  within: within, followUp: followUp)
    }

    public var phraseLists: [[PhrasePattern]] { [phrases, with, exceptions, acknowledgements] }

    public func makeCheck(_ inputs: CheckInputs) -> CompiledCheck {
        CompiledCheck(.unanswered(UnansweredCheck(trigger: PhraseTest(inputs, from: 0), acknowledgements: inputs.sets[3], within: within,
                                                  followUp: followUp)))
    }
}

struct UnansweredCheck: RuleCheck {
    private struct Trigger {
        var index: Int
        var span: Range<Int>
        /// Topic stems the customer had not spoken of before.
        var topics: [Int32]
        var repNotesSince = 0
    }

    let trigger: PhraseTest
    let acknowledgements: PhraseMatcher.SetID?
    let within: Int
    let followUp: Bool
    private var pending: [Trigger] = []
    /// Triggers flagged and still not acknowledged.
    private var flagged: [Int] = []

    init(trigger: PhraseTest, acknowledgements: PhraseMatcher.SetID?, within: Int, followUp: Bool) {
        self.trigger = trigger
        self.acknowledgements = acknowledgements
        self.within = within
        self.followUp = followUp
    }

    mutating func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        observeOutside(context, into: &hits)
        if let span = trigger.span(in: context) {
            let new = context.topics.filter { !context.facts.customerVocabulary.contains($0) }
            pending.append(Trigger(index: context.index, span: span, topics: new))
        }
    }

    mutating func observeOutside(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard context.speaker == .me, !pending.isEmpty || !flagged.isEmpty else { return }
        if acknowledges(context) {
            hits += flagged.map { RuleHit(noteIndex: $0, resolves: true) }
            pending.removeAll()
            flagged.removeAll()
            return
        }
        for index in pending.indices { pending[index].repNotesSince += 1 }
        for overdue in pending where overdue.repNotesSince >= within {
            hits.append(RuleHit(noteIndex: overdue.index, span: overdue.span))
            flagged.append(overdue.index)
        }
        pending.removeAll { $0.repNotesSince >= within }
    }

    static var mayResolve: Bool { true }

    /// A trigger still waiting for the rep's answer is flagged where it was said.
    func earliestOpenAnchor(_ facts: CallFacts) -> Int? { pending.first?.index }

    private func acknowledges(_ context: NoteContext) -> Bool {
        if context.matches.contains(acknowledgements) { return true }
        guard followUp, context.reading.isQuestion else { return false }
        return pending.contains { trigger in trigger.topics.contains(where: context.topics.contains) }
    }
}
