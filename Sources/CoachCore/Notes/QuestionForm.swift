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

    /// True when a sentence that ends in a question mark starts the way open questions do. `tokens` are
    /// the text's words, so a caller that has them already does not split the text twice.
    public static func isOpen(_ text: String, tokens: [Tokenizer.Token]) -> Bool {
        var sentenceFirstToken = 0
        var tokenIndex = 0
        var offset = 0
        for byte in text.utf8 {
            defer { offset += 1 }
            guard byte == 0x2E || byte == 0x21 || byte == 0x3F else { continue }
            while tokenIndex < tokens.count, tokens[tokenIndex].range.lowerBound < offset { tokenIndex += 1 }
            if byte == 0x3F, startsOpen(tokens[sentenceFirstToken..<tokenIndex]) { return true }
            sentenceFirstToken = tokenIndex
        }
        return false
    }

    private static func startsOpen(_ sentence: ArraySlice<Tokenizer.Token>) -> Bool {
        var words = sentence
        while let first = words.first, fillers.contains(first.word) { words = words.dropFirst() }
        guard let first = words.first?.word, openerFirstWords.contains(first) else { return false }
        return openers.contains { opener in
            opener.count <= words.count && zip(opener, words).allSatisfy { $0 == $1.word }
        }
    }

    private static let openerFirstWords = Set(openers.map { $0[0] })
}
