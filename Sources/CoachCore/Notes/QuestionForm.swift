/// Tells questions by their form, as a rep typing fast writes them: a `?`, or a sentence that starts the
/// way questions do ("whats slowing it down", "did i get that right"). Open questions (which invite the
/// customer to talk) start with what, how, why, tell me, walk me through and the like.
public enum QuestionForm {
    public struct Form: Sendable, Equatable {
        public var isQuestion: Bool
        public var isOpen: Bool
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
    /// Words a rep often puts before the real question ("So, how ...", "ok. and what ...").
    private static let fillers: Set<String> = [
        "so", "and", "ok", "okay", "well", "now", "but", "right", "great", "thanks", "sure", "then", "also", "fair",
        "oh", "hmm", "cool", "perfect", "yes", "yeah", "yep", "sorry", "just", "quick", "question", "first", "honestly",
    ]

    /// How a note's text reads: a question or not, open or not. `tokens` are its words.
    public static func form(of text: String, tokens: [Tokenizer.Token]) -> Form {
        var form = Form(isQuestion: false, isOpen: false)
        var sentenceStart = 0
        var tokenIndex = 0
        var offset = 0
        func close(endingWithQuestionMark: Bool) {
            while tokenIndex < tokens.count, tokens[tokenIndex].range.lowerBound < offset { tokenIndex += 1 }
            let words = sentenceWords(tokens[sentenceStart..<tokenIndex])
            let asks = endingWithQuestionMark || (startsAsking(words) && !isStatementAboutSelf(words))
            if asks {
                form.isQuestion = true
                if startsWithAny(words, openOpenings) { form.isOpen = true }
            }
            sentenceStart = tokenIndex
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
        var words = tokens.prefix(6).map(\.word)
        while let first = words.first, fillers.contains(first) { words.removeFirst() }
        return words
    }

    private static func startsAsking(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        if first == "what", words.count > 1, words[1] == "a" || words[1] == "an" { return false }
        if askingWords.contains(first) { return true }
        if auxiliaries.contains(first), words.count > 1, subjects.contains(words[1]) { return true }
        return startsWithAny(words, askingOpenings)
    }

    /// "What worries me is ...", "what we need is ...": a question word opening a statement about the
    /// speaker, told apart from a question typed without its `?` by the "me", "we" just after it.
    private static func isStatementAboutSelf(_ words: [String]) -> Bool {
        guard let first = words.first, askingWords.contains(first) else { return false }
        return words.dropFirst().prefix(3).contains { firstPersonWords.contains($0) }
    }

    private static let firstPersonWords: Set<String> = ["me", "i", "i'm", "im", "my", "we", "we're", "us", "our"]

    private static func startsWithAny(_ words: [String], _ openings: [[String]]) -> Bool {
        openings.contains { opening in opening.count <= words.count && zip(opening, words).allSatisfy { $0 == $1 } }
    }
}
