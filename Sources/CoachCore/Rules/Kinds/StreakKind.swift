/// Several rep statements in a row with no question and no word from the customer ("loading the
/// slingshot"). Short acknowledgements ("Got it.") neither count nor break the streak; a question, or the
/// customer speaking, does.
public struct StreakKind: RuleKind {
    public static let name = "streak"
    public static let fields = ["count", "min_words"]

    public var count: Int
    public var minimumWords: Int

    public init(count: Int, minimumWords: Int = 6) {
        self.count = count
        self.minimumWords = minimumWords
    }

    public init?(settings: inout some RuleSettings) {
        let count = settings.requiredInteger("count", in: 2...50)
        guard let count, let minimumWords = settings.integer("min_words", in: 1...200, default: 6) else { return nil }
        self.init(count: count, minimumWords: minimumWords)
    }

    public func makeCheck(_ inputs: CheckInputs) -> CompiledCheck { CompiledCheck(.streak(StreakCheck(count: count, minimumWords: minimumWords))) }
}

struct StreakCheck: RuleCheck {
    let count: Int
    let minimumWords: Int
    private var streak = 0

    init(count: Int, minimumWords: Int) {
        self.count = count
        self.minimumWords = minimumWords
    }

    mutating func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard context.speaker == .me else { return }
        if context.reading.isQuestion {
            streak = 0
            return
        }
        guard context.wordCount >= minimumWords else { return }
        streak += 1
        guard streak >= count else { return }
        streak = 0
        hits.append(RuleHit(noteIndex: context.index, evidence: "\(count) statements in a row without a question"))
    }

    mutating func observeOutside(_ context: NoteContext, into hits: inout [RuleHit]) {
        if context.speaker == .customer { streak = 0 }
    }
}
