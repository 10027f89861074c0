/// Tells questions by their form, as a rep typing fast writes them: a `?`, or a sentence that starts the
/// way questions do ("whats slowing it down", "did i get that right"). Open questions (which invite the
/// customer to talk) start with what, how, why, tell me, walk me through and the like.
public enum QuestionForm {
    public struct Form: Sendable, Equatable {
        public var isQuestion: Bool
        public var isOpen: Bool
        /// UTF-8 ranges of the sentences that ask, so a rule can tell a pitch from a question in one note.
        public var questions: [Range<Int>] = []
        /// Whether a sentence of words says something rather than asks.
        public var hasStatement = false
        /// Whether a sentence of three words or more asks: a real question, not a "Really?" thrown in.
        public var asksInFull = false

        public init(isQuestion: Bool, isOpen: Bool, questions: [Range<Int>] = [], hasStatement: Bool = false) {
            self.isQuestion = isQuestion
            self.isOpen = isOpen
            self.questions = questions
            self.hasStatement = hasStatement
        }

        /// Whether the byte at `offset` lies in a sentence that asks.
        public func asks(at offset: Int) -> Bool { questions.contains { $0.contains(offset) } }
    }

    /// Words that ask on their own at the start of a sentence.
    private static let askingWords: Set<String> = [
        "what", "what's", "whats", "how", "how's", "hows", "why", "why's", "whys", "where", "where's", "wheres", "which",
        "who", "who's", "whos", "whose", "when", "when's", "whens",
    ]
    /// Verbs that ask when a subject follows ("do you", "r u", "is it").
    /// As typed: "we're" is not "were", so apostrophes are kept, and dropped only where no other word results.
    private static let auxiliaries: Set<String> = [
        "do", "does", "did", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "are", "aren't", "arent", "r", "is",
        "isn't", "isnt", "was", "wasn't", "wasnt", "were", "weren't", "werent", "can", "can't", "could", "couldn't", "couldnt",
        "would", "wouldn't", "wouldnt", "wd", "will", "won't", "should", "shouldn't", "shouldnt", "shall", "have", "haven't",
        "havent", "has", "hasn't", "hasnt", "had", "may", "might", "must",
    ]
    private static let subjects: Set<String> = [
        "you", "u", "ya", "we", "they", "it", "i", "he", "she", "there", "that", "this", "these", "those", "your", "ur",
        "the", "any", "anyone", "anybody", "someone", "everyone", "our", "their", "his", "her", "its",
    ]
    /// Openings that ask without a question word ("any chance", "tell me").
    private static let askingOpenings: [[String]] = [
        ["any", "chance"], ["anything", "else"], ["mind", "if"], ["tell", "me"], ["walk", "me", "through"],
        ["talk", "me", "through"], ["help", "me", "understand"], ["describe"], ["explain"], ["i", "wonder"],
        ["wondering"], ["curious"], ["how", "about"],
    ]
    private static let openOpenings: [[String]] = [
        ["what"], ["what's"], ["whats"], ["how"], ["how's"], ["hows"], ["why"], ["where"], ["where's"], ["wheres"], ["which"],
        ["who"], ["who's"], ["whos"], ["when"], ["in", "what", "way"], ["to", "what", "extent"], ["tell", "me"],
        ["walk", "me", "through"], ["talk", "me", "through"], ["describe"], ["help", "me", "understand"], ["explain"],
        ["imagine"], ["picture"],
    ]
    /// A greeting and the name after it ("hi dev, so how many ...").
    private static let greetings: Set<String> = ["hi", "hey", "hello", "morning", "afternoon", "evening", "thanks", "thx", "cheers"]
    /// Words a rep often puts before the real question ("So, how ...", "ok. and what ...").
    private static let fillers: Set<String> = [
        "so", "and", "ok", "okay", "well", "now", "but", "right", "great", "thanks", "sure", "then", "also", "fair",
        "oh", "hmm", "cool", "perfect", "yes", "yeah", "yep", "sorry", "just", "quick", "question", "first", "honestly",
    ]

    /// How a note's text reads: a question or not, open or not. `tokens` are its words.
    public static func form(of text: String, tokens: [Tokenizer.Token]) -> Form {
        var form = Form(isQuestion: false, isOpen: false)
        var sentenceStart = 0
        var sentenceStartOffset = 0
        var tokenIndex = 0
        var offset = 0
        let bytes = Array(text.utf8)
        func close(endingWithQuestionMark: Bool) {
            while tokenIndex < tokens.count, tokens[tokenIndex].range.lowerBound < offset { tokenIndex += 1 }
            var words = sentenceWords(tokens[sentenceStart..<tokenIndex])
            if !endingWithQuestionMark, !startsAsking(words),
               let comma = bytes[sentenceStartOffset..<min(offset, bytes.count)].firstIndex(of: UInt8(ascii: ",")),
               let afterComma = tokens[sentenceStart..<tokenIndex].firstIndex(where: { $0.range.lowerBound > comma }) {
                // "for ur qc testing, how many batches do u run": a lead-in, then the question.
                words = sentenceWords(tokens[afterComma..<tokenIndex])
            }
            if endingWithQuestionMark || startsAsking(words) {
                form.isQuestion = true
                if tokenIndex - sentenceStart >= 3 { form.asksInFull = true }
                form.questions.append(sentenceStartOffset..<(offset + 1))
                if startsWithAny(words, openOpenings) { form.isOpen = true }
            } else if tokenIndex > sentenceStart {
                form.hasStatement = true
            }
            sentenceStart = tokenIndex
            sentenceStartOffset = offset + 1
        }
        for byte in text.utf8 {
            if Self.isSentenceEnd(byte) { close(endingWithQuestionMark: byte == UInt8(ascii: "?")) }
            offset += 1
        }
        close(endingWithQuestionMark: false)
        return form
    }

    /// Whether a note asks something, for callers outside the rules engine.
    public static func isQuestion(_ note: Note) -> Bool {
        note.speaker != nil && form(of: note.text, tokens: Tokenizer.tokens(note.text)).isQuestion
    }

    private static func isSentenceEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "?") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: ";")
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "\n")
    }

    /// The sentence's first words, without the fillers it starts with.
    private static func sentenceWords(_ tokens: ArraySlice<Tokenizer.Token>) -> [String] {
        var words = tokens.prefix(8).map(\.word)
        while let first = words.first, fillers.contains(first) { words.removeFirst() }
        if let first = words.first, greetings.contains(first), words.count > 1, !askingWords.contains(words[1]) {
            words.removeFirst(2)
            while let first = words.first, fillers.contains(first) { words.removeFirst() }
        }
        return words
    }

    /// A sentence without its `?` that still asks: a question word the way questions use it ("whats
    /// slowing it down", "how many ppl", "which brands do u carry"), a verb before its subject ("do you",
    /// "r u"), or an asking phrase ("any chance"). "When it was recalled, we ..." and "what worries me is
    /// ..." open statements.
    private static func startsAsking(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        let second = words.count > 1 ? words[1] : ""
        if askingWords.contains(first) { return asksWith(first, second, words.count > 2 ? words[2] : "") }
        if auxiliaries.contains(first), subjects.contains(second) { return true }
        return startsWithAny(words, askingOpenings)
    }

    private static func asksWith(_ word: String, _ next: String, _ third: String) -> Bool {
        if word.hasSuffix("s") && word != "whose" || word.contains("'") { return true }
        if auxiliaries.contains(next) { return true }
        if word == "how", howWords.contains(next) { return true }
        return (word == "which" || word == "what") && !subjects.contains(next) && auxiliaries.contains(third)
    }

    private static let howWords: Set<String> = ["many", "much", "far", "long", "often", "big", "soon", "quickly", "come", "about"]

    private static func startsWithAny(_ words: [String], _ openings: [[String]]) -> Bool {
        openings.contains { opening in opening.count <= words.count && zip(opening, words).allSatisfy { $0 == $1 } }
    }
}
