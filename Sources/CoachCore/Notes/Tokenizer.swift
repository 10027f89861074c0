/// Splits text into lower-cased words: runs of letters, digits and marks, with apostrophes inside a word
/// kept (a curly apostrophe is read as a straight one, so "I’ll" and "I'll" are the same word).
public enum Tokenizer {
    public struct Token: Equatable, Sendable {
        public var word: String
        /// UTF-8 offsets of the word in the text it came from.
        public var range: Range<Int>
    }

    public static func words(_ text: some StringProtocol) -> [String] {
        tokens(text).map(\.word)
    }

    public static func tokens(_ text: some StringProtocol) -> [Token] {
        var tokens: [Token] = []
        forEachToken(in: text) { tokens.append($0) }
        return tokens
    }

    /// Calls `body` for every word in order, without collecting them.
    public static func forEachToken(in text: some StringProtocol, _ body: (Token) -> Void) {
        var word = String.UnicodeScalarView()
        var start = 0
        var end = 0
        var offset = 0
        var pendingApostrophe = false
        var isASCII = true

        func finish() {
            pendingApostrophe = false
            guard !word.isEmpty else { return }
            let text = String(word)
            body(Token(word: isASCII ? text : text.lowercased(), range: start..<end))
            word.removeAll(keepingCapacity: true)
            isASCII = true
        }

        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            if isWordScalar(scalar) {
                if word.isEmpty { start = offset }
                if pendingApostrophe { word.append("'") }
                pendingApostrophe = false
                if scalar.isASCII {
                    let value = scalar.value
                    word.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
                } else {
                    isASCII = false
                    word.append(scalar)
                }
                end = offset + width
            } else if (scalar == "'" || scalar == "\u{2019}") && !word.isEmpty && !pendingApostrophe {
                pendingApostrophe = true
            } else {
                finish()
            }
            offset += width
        }
        finish()
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }
}
