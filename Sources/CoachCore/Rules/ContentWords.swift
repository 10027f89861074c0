/// Words that carry a topic, as opposed to the glue of a sentence. Read as stems, like every word a rule sees.
public enum ContentWords {
    private static let glue = WordTable([
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
        "u", "ur", "r", "ya", "whats", "hows", "thats", "its", "lot", "bit", "thing", "things", "way", "going", "go",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "time", "times", "last", "first", "second", "half",
        "ago", "since", "before", "after", "again", "ever", "never", "without", "won't", "need", "needs", "want", "wants",
    ].map { Normaliser().stem(Normaliser.plain($0)) })

    public static func isTopic(_ stem: String) -> Bool {
        stem.utf8.count >= 3 && !glue.contains(stem)
    }
}
