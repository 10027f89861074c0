/// Words that carry a topic, as opposed to the glue of a sentence.
public enum ContentWords {
    static let stopWords = WordTable([
        "a", "an", "the", "and", "or", "but", "so", "if", "then", "than", "to", "of", "in", "on", "at", "for", "with",
        "by", "from", "about", "as", "into", "over", "up", "out", "off", "is", "are", "was", "were", "be", "been",
        "being", "am", "do", "does", "did", "doing", "have", "has", "had", "having", "will", "would", "can", "could",
        "should", "shall", "may", "might", "must", "i", "me", "my", "we", "us", "our", "you", "your", "they", "them",
        "their", "he", "she", "it", "its", "his", "her", "this", "that", "these", "those", "there", "here", "what",
        "how", "why", "when", "where", "which", "who", "whom", "many", "much", "any", "some", "all", "each", "every",
        "not", "no", "yes", "ok", "okay", "just", "really", "very", "also", "too", "now", "today", "right", "well",
        "i'm", "you're", "we're", "it's", "that's", "don't", "doesn't", "didn't", "i'll", "we'll", "you'll", "let",
        "me", "tell", "get", "got", "one", "next", "like", "said", "say", "think", "know", "more", "most", "other",
        "again", "still", "yet", "sure", "thanks", "thank", "please", "currently", "use", "using", "run", "running",
    ])

    public static func isStopWord(_ token: Tokenizer.Token) -> Bool {
        token.range.count < 3 || stopWords.contains(token)
    }

    /// The distinct topic words of a short text, in order.
    public static func of(_ tokens: [Tokenizer.Token]) -> [Tokenizer.Token] {
        var words: [Tokenizer.Token] = []
        for token in tokens where !isStopWord(token) && !words.contains(where: { $0.word == token.word }) { words.append(token) }
        return words
    }
}
