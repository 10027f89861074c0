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

    public func makeCheck(_ inputs: CheckInputs) -> any RuleCheck { LengthCheck(maximumWords: maximumWords) }
}

final class LengthCheck: RuleCheck {
    let maximumWords: Int

    init(maximumWords: Int) { self.maximumWords = maximumWords }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard context.tokens.count > maximumWords else { return }
        hits.append(RuleHit(noteIndex: context.index, evidence: "\(context.tokens.count) words in one go"))
    }
}
