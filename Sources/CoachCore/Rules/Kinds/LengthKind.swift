/// A rep note longer than the one-paragraph rule allows.
public struct LengthKind: RuleKind {
    public static let name = "length"
    public static let fields = ["max_words"]

    public var maximumWords: Int

    public init(maximumWords: Int) { self.maximumWords = maximumWords }

    public init?(settings: inout some RuleSettings) {
        guard let maximum = settings.requiredInteger("max_words", in: 5...2000) else { return nil }
        self.init(maximumWords: maximum)
    }

    public func makeCheck(_ inputs: CheckInputs) -> CompiledCheck { CompiledCheck(.length(LengthCheck(maximumWords: maximumWords))) }
}

struct LengthCheck: RuleCheck {
    let maximumWords: Int

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard context.wordCount > maximumWords else { return }
        hits.append(RuleHit(noteIndex: context.index, evidence: "\(context.wordCount) words in one go"))
    }
}
