/// One note as a rule sees it: the note, its words, what phrases matched, and the call's facts so far
/// (as they stood before this note).
public struct NoteContext {
    public let index: Int
    public let note: Note
    /// The note's speaker, read once: every rule asks.
    public let speaker: Speaker?
    public let tokens: [Tokenizer.Token]
    public let matches: PhraseMatcher.Matches
    public let facts: CallFacts
    /// A rep note with a question mark.
    public let isQuestion: Bool
    public let isOpenQuestion: Bool
}

/// Where a rule raised: the anchor note, and the words that showed it.
public struct RuleHit: Equatable, Sendable {
    public var noteIndex: Int
    public var span: Range<Int>?
    /// Set when the evidence is a measure rather than words of the note.
    public var evidence: String?

    public init(noteIndex: Int, span: Range<Int>? = nil, evidence: String? = nil) {
        self.noteIndex = noteIndex
        self.span = span
        self.evidence = evidence
    }
}

/// The evaluator of one rule kind. One instance per rule per call; it may keep state between notes, but
/// each note must cost it a bounded amount of work. Hits are appended to a buffer the engine reuses, so a
/// note that raises nothing allocates nothing.
public protocol RuleCheck: AnyObject {
    func observe(_ context: NoteContext, into hits: inout [RuleHit])
    func finish(_ facts: CallFacts, into hits: inout [RuleHit])
}

extension RuleCheck {
    public func finish(_ facts: CallFacts, into hits: inout [RuleHit]) {}
}

/// Whose notes, and which stages, a rule reads.
public struct RuleScope: Sendable {
    public var speaker: Speaker?
    public var stages: [Stage]

    public func includes(_ context: NoteContext) -> Bool {
        guard let noteSpeaker = context.speaker else { return false }
        if let speaker, speaker != noteSpeaker { return false }
        return stages.isEmpty || stages.contains(context.facts.stage)
    }

    public func includesStage(_ stage: Stage) -> Bool { stages.isEmpty || stages.contains(stage) }
}
