/// A rep question (open ones only, unless told otherwise): the kind behind the open-question strength.
public struct QuestionKind: RuleKind {
    public static let name = "question"
    public static let fields = ["open_only"]

    public var openOnly: Bool

    public init(openOnly: Bool = true) { self.openOnly = openOnly }

    public init?(settings: inout some RuleSettings) {
        guard let openOnly = settings.bool("open_only", default: true) else { return nil }
        self.init(openOnly: openOnly)
    }

    public func makeCheck(_ inputs: CheckInputs) -> CompiledCheck { CompiledCheck(.question(QuestionCheck(openOnly: openOnly))) }
}

struct QuestionCheck: RuleCheck {
    let openOnly: Bool

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard context.reading.isQuestion, !openOnly || context.reading.isOpenQuestion else { return }
        hits.append(RuleHit(noteIndex: context.index))
    }
}
