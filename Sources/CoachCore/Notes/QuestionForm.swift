/// Tells open questions (which invite the customer to talk) from closed ones (which invite a yes or no).
public enum QuestionForm {
    private static let openers: [[String]] = [
        ["what"], ["how"], ["why"], ["where"], ["which"], ["who"], ["when"],
        ["what's"], ["how's"], ["who's"], ["in", "what", "way"], ["to", "what", "extent"],
        ["tell", "me"], ["walk", "me", "through"], ["talk", "me", "through"], ["describe"],
        ["help", "me", "understand"], ["explain"], ["imagine"], ["picture"],
    ]

    /// Words a rep often puts before the real question ("So, how ...", "And what ...").
    private static let fillers: Set<String> = [
        "so", "and", "ok", "okay", "well", "now", "but", "right", "great", "thanks", "sure", "then", "also",
    ]

    /// True when a sentence that ends in a question mark starts the way open questions do.
    public static func isOpen(_ text: String) -> Bool {
        questionSentences(text).contains { sentence in
            var words = Tokenizer.words(sentence)[...]
            while let first = words.first, fillers.contains(first) { words = words.dropFirst() }
            return openers.contains { words.starts(with: $0) }
        }
    }

    /// The sentences of a note that end in a question mark.
    static func questionSentences(_ text: String) -> [Substring] {
        var sentences: [Substring] = []
        var start = text.startIndex
        for index in text.indices where ".!?".contains(text[index]) {
            if text[index] == "?" { sentences.append(text[start...index]) }
            start = text.index(after: index)
        }
        return sentences
    }
}
