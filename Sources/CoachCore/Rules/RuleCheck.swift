/// One note as a rule sees it: the note, its words, what phrases matched, how it reads, and the call's
/// facts so far (as they stood before this note).
public struct NoteContext {
    public let index: Int
    public let note: Note
    /// The note's speaker, read once: every rule asks.
    public let speaker: Speaker?
    public let tokens: [Tokenizer.Token]
    /// The words as matched: normalised and stemmed.
    public let terms: NoteTerms
    public let matches: PhraseMatcher.Matches
    public let facts: CallFacts
    public let reading: NoteReading
}

/// Where a rule raised: the anchor note, and the words that showed it.
public struct RuleHit: Equatable, Sendable {
    public var noteIndex: Int
    public var span: Range<Int>?
    /// Set when the evidence is a measure rather than words of the note.
    public var evidence: String?
    /// Not a new flag: the rule's flag at `noteIndex` no longer holds (a bad past acknowledged at last).
    public var resolves: Bool

    public init(noteIndex: Int, span: Range<Int>? = nil, evidence: String? = nil, resolves: Bool = false) {
        self.noteIndex = noteIndex
        self.span = span
        self.evidence = evidence
        self.resolves = resolves
    }
}

/// The evaluator of one rule kind. One instance per rule per call; it may keep state between notes, but
/// each note must cost it a bounded amount of work. Hits are appended to a buffer the engine reuses, so a
/// note that raises nothing allocates nothing.
///
/// The engine applies the rule's scope (speakers, stages, self-reports, answers to the customer's
/// questions): `observe` sees the notes in scope, `observeOutside` the others, for kinds that watch what
/// follows a trigger (a reply, an acknowledgement).
public protocol RuleCheck: AnyObject {
    func observe(_ context: NoteContext, into hits: inout [RuleHit])
    func observeOutside(_ context: NoteContext, into hits: inout [RuleHit])
    func finish(_ facts: CallFacts, into hits: inout [RuleHit])
    /// The earliest note a later hit may be anchored at, for a kind that anchors before the note being read
    /// (nil otherwise): `check` hands flags on in file order once no rule can reach back before them.
    func earliestOpenAnchor(_ facts: CallFacts) -> Int?
}

extension RuleCheck {
    public func observeOutside(_ context: NoteContext, into hits: inout [RuleHit]) {}
    public func finish(_ facts: CallFacts, into hits: inout [RuleHit]) {}
    public func earliestOpenAnchor(_ facts: CallFacts) -> Int? { nil }
}
