/// Running facts about the call so far, kept up to date note by note at constant cost.
public struct CallFacts: Sendable {
    public private(set) var noteCount = 0
    public private(set) var stage = Stage.relationship
    public private(set) var needsStated = 0
    public private(set) var nextSteps = 0
    public private(set) var lastElapsed: Int?
    public private(set) var repWords = 0
    public private(set) var customerWords = 0
    public private(set) var questions = 0
    public private(set) var openQuestions = 0
    public private(set) var currentMonologue = 0
    public private(set) var longestMonologue = 0
    public private(set) var lastRepNoteIndex: Int?
    public private(set) var lastRepNoteWasQuestion = false
    /// Topic stems the customer has said, for telling when a question asks what they already answered.
    private(set) var customerVocabulary = StemSet()

    public init() {}

    /// The rep's share of the words said so far, in percent; nil before anyone spoke.
    public var talkShare: Double? {
        let total = repWords + customerWords
        return total == 0 ? nil : Double(repWords) * 100 / Double(total)
    }

    /// Counts a note in: its number of words, its terms and, for the customer's, its distinct topic stems.
    mutating func record(_ note: Note, words: Int, terms: NoteTerms, topics: [Int32], index: Int, reading: NoteReading) {
        noteCount += 1
        if let elapsed = note.elapsed { lastElapsed = elapsed }
        switch note.body {
        case .said(.me, _):
            repWords += words
            currentMonologue += words
            longestMonologue = max(longestMonologue, currentMonologue)
            lastRepNoteIndex = index
            lastRepNoteWasQuestion = reading.isQuestion
            if reading.isQuestion {
                questions += 1
                if reading.isOpenQuestion { openQuestions += 1 }
            }
        case .said(.customer, _):
            customerWords += words
            currentMonologue = 0
            for stem in topics { customerVocabulary.insert(stem) }
        case .said(.observation, _):
            if reading.isSelfReport { questions += Self.askingsNarrated(terms) }
        case .mark:
            break
        case .stage(let newStage):
            stage = newStage
        case .need:
            needsStated += 1
        case .nextStep:
            nextSteps += 1
        }
    }

    /// The questions a rep's note written after the call says they asked ("asked how the exhibition is
    /// coming along", "then asked who reads the levels"): a call written up afterwards has its questions too.
    private static func askingsNarrated(_ terms: NoteTerms) -> Int {
        var count = 0
        for (index, term) in terms.terms.enumerated() where term.traits.contains(.ask) {
            if index == 0 || terms.terms[index - 1].traits.contains(.narrating) { count += 1 }
        }
        return count
    }

    /// Words before "asked" that narrate the rep's own question (`StemTable.Traits.narrating`).
    static let narratingWords: Set<String> = ["i", "then", "and", "also", "first", "by", "so", "just"]
}
