/// A phrase in the note (and one from `with` too, when given), unless an exception is there as well.
public struct PhraseKind: RuleKind {
    public static let name = "phrase"
    public static let fields = ["phrases", "with", "exceptions"]

    public var phrases: [PhrasePattern]
    public var with: [PhrasePattern]
    public var exceptions: [PhrasePattern]

    public init(phrases: [PhrasePattern], with: [PhrasePattern] = [], exceptions: [PhrasePattern] = []) {
        self.phrases = phrases
        self.with = with
        self.exceptions = exceptions
    }

    public init?(settings: inout some RuleSettings) {
        guard let test = settings.phraseTest() else { return nil }
        self.init(phrases: test.phrases, with: test.with, exceptions: test.exceptions)
    }

    public var phraseLists: [[PhrasePattern]] { [phrases, with, exceptions] }

    public func makeCheck(_ inputs: CheckInputs) -> CompiledCheck { CompiledCheck(.phrase(PhraseCheck(test: PhraseTest(inputs, from: 0)))) }
}

struct PhraseCheck: RuleCheck {
    let test: PhraseTest

    var neededPhrases: PhraseMatcher.SetID? { test.phrases }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard let span = test.span(in: context) else { return }
        hits.append(RuleHit(noteIndex: context.index, span: span))
    }
}
