/// Where a rule raised: the anchor note, and the words that showed it.
struct RuleHit: Equatable, Sendable {
    var noteIndex: Int
    var span: Range<Int>?
    /// Set when the evidence is a measure rather than words of the note.
    var evidence: String?
    /// Not a new flag: the rule's flag at `noteIndex` no longer holds (a bad past acknowledged at last).
    var resolves: Bool

    init(noteIndex: Int, span: Range<Int>? = nil, evidence: String? = nil, resolves: Bool = false) {
        self.noteIndex = noteIndex
        self.span = span
        self.evidence = evidence
        self.resolves = resolves
    }
}

/// The evaluator of one rule kind. One value per rule per call; it may keep state between notes, but each
/// note must cost it a bounded amount of work. Hits are appended to a buffer the engine reuses, so a note
/// that raises nothing allocates nothing.
///
/// The engine applies the rule's scope (speakers, stages, self-reports, answers to the customer's
/// questions): `observe` sees the notes in scope, `observeOutside` the others, for kinds that watch what
/// follows a trigger (a reply, an acknowledgement).
protocol RuleCheck {
    mutating func observe(_ context: NoteContext, into hits: inout [RuleHit])
    mutating func observeOutside(_ context: NoteContext, into hits: inout [RuleHit])
    mutating func finish(_ facts: CallFacts, into hits: inout [RuleHit])
    /// The earliest note a later hit may be anchored at, for a kind that anchors before the note being read
    /// (nil otherwise): `check` hands flags on in file order once no rule can reach back before them.
    func earliestOpenAnchor(_ facts: CallFacts) -> Int?
    /// Whether a hit may report an earlier flag of the rule resolved, so the engine keeps where those are.
    static var mayResolve: Bool { get }
    /// A phrase group without which a note leaves the check as it was and raises nothing, in scope or not;
    /// nil when any note may count. The engine passes over the rule for notes without it.
    var neededPhrases: PhraseMatcher.SetID? { get }
}

extension RuleCheck {
    static var mayResolve: Bool { false }
    var neededPhrases: PhraseMatcher.SetID? { nil }
    func observeOutside(_ context: NoteContext, into hits: inout [RuleHit]) {}
    func finish(_ facts: CallFacts, into hits: inout [RuleHit]) {}
    func earliestOpenAnchor(_ facts: CallFacts) -> Int? { nil }
}
