/// A rep statement listing many things at once (features, modules, options): a catalogue read out
/// instead of a conversation. Items are counted within one sentence, so a few short clauses are no list;
/// commas in questions do not count; a note made mostly of the customer's own words, or with an
/// exception (a summary's lead-in), lists nothing.
public struct ListKind: RuleKind {
    public static let name = "list"
    public static let fields = ["min_items", "exceptions"]

    public var minimumItems: Int
    public var exceptions: [PhrasePattern]

    public init(minimumItems: Int, exceptions: [PhrasePattern] = []) {
        self.minimumItems = minimumItems
        self.exceptions = exceptions
    }

    public init?(settings: inout some RuleSettings) {
        let minimum = settings.requiredInteger("min_items", in: 2...100)
        let exceptions = settings.optionalPhrases("exceptions")
        guard let minimum, let exceptions else { return nil }
        self.init(minimumItems: minimum, exceptions: exceptions)
    }

    public var phraseLists: [[PhrasePattern]] { [exceptions] }

    public func makeCheck(_ inputs: CheckInputs) -> CompiledCheck {
        CompiledCheck(.list(ListCheck(minimumItems: minimumItems, exceptions: inputs.sets[0])))
    }
}

struct ListCheck: RuleCheck {
    let minimumItems: Int
    let exceptions: PhraseMatcher.SetID?

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard !context.matches.contains(exceptions) else { return }
        let items = context.reading.form.listSeparators + 1
        guard items >= minimumItems, !Self.playsBack(context), !Self.checksBack(context.reading.form) else { return }
        hits.append(RuleHit(noteIndex: context.index, evidence: "\(items) things listed in one note"))
    }

    /// A list closed by a tag question ("..., and it has to tick the insurer's box. right?") is a summary
    /// the rep is checking.
    private static func checksBack(_ form: QuestionForm.Form) -> Bool { form.isQuestion && !form.asksInFull }

    /// A list made mostly of the customer's own words is their needs played back to them, not a catalogue.
    private static func playsBack(_ context: NoteContext) -> Bool {
        let topics = context.topics
        let theirs = topics.filter { context.facts.customerVocabulary.contains($0) }
        return !topics.isEmpty && theirs.count * 3 >= topics.count * 2
    }
}
