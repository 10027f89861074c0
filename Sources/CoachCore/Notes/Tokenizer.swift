/// Splits text into lower-cased words: runs of letters, digits and marks, with apostrophes inside a word
/// kept (a curly apostrophe is read as a straight one, so "I’ll" and "I'll" are the same word). The
/// shorthand reps type stays whole: a slash after a single letter ("w/", "w/o", "b/c") and a `#` before
/// a word ("#s", "#1") are part of the word, for the normaliser to read.
public enum Tokenizer {
    public struct Token: Equatable, Sendable {
        public var word: String
        /// UTF-8 offsets of the word in the text it came from.
        public var range: Range<Int>
        /// FNV-1a of the word's bytes, computed while reading it, so lookups need not hash it again.
        public var hash: UInt64

        public init(word: String, range: Range<Int>) {
            self.word = word
            self.range = range
            hash = WordHash.of(word)
        }

        init(_ scanned: ScannedWord) {
            word = scanned.word
            range = scanned.range
            hash = scanned.isASCII ? scanned.hash : WordHash.of(word)
        }
    }

    /// A word as the scanner meets it, before any string is made of it: its bytes with ASCII letters
    /// lower-cased, valid until the scanner moves on.
    public struct ScannedWord {
        public let bytes: UnsafeBufferPointer<UInt8>
        /// UTF-8 offsets of the word in the text.
        public let range: Range<Int>
        /// FNV-1a of `bytes`.
        public let hash: UInt64
        /// Whether the word is all ASCII; otherwise `word` lower-cases the rest too.
        public let isASCII: Bool

        /// The word as a string, lower case.
        public var word: String {
            let text = String(decoding: bytes, as: UTF8.self)
            return isASCII ? text : text.lowercased()
        }
    }

    public static func words(_ text: some StringProtocol) -> [String] {
        tokens(text).map(\.word)
    }

    public static func tokens(_ text: some StringProtocol) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(16)
        var string = String(text)
        string.withUTF8 { bytes in forEachWord(in: bytes) { tokens.append(Token($0)) } }
        return tokens
    }

    /// Calls `body` with each word of `bytes` (valid UTF-8), in order.
    @inline(__always)
    public static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (ScannedWord) -> Void) {
        // A word is never longer than the text (a curly apostrophe shrinks to one byte).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { scratch in
            scan(bytes, into: WordInProgress(buffer: scratch), body)
        }
    }

    /// The word being read: its lower-cased bytes in a scratch buffer, hashed as they arrive.
    private struct WordInProgress {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var length = 0
        var hash = WordHash.seed
        var isASCII = true

        var isEmpty: Bool { length == 0 }

        @inline(__always)
        mutating func append(_ byte: UInt8) {
            buffer[length] = byte
            length += 1
            hash = WordHash.step(hash, byte)
        }

        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            isASCII = false
            for byte in bytes { append(byte) }
        }

        /// Hands the finished word to `body`, leaving this empty for the next one.
        @inline(__always)
        mutating func finish(range: Range<Int>, _ body: (ScannedWord) -> Void) {
            body(ScannedWord(bytes: UnsafeBufferPointer(rebasing: buffer[0..<length]), range: range, hash: hash, isASCII: isASCII))
            length = 0
            hash = WordHash.seed
            isASCII = true
        }
    }

    @inline(__always)
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into word: WordInProgress, _ body: (ScannedWord) -> Void) {
        var word = word
        var start = 0
        var end = 0
        var pendingApostrophe = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let width: Int
            let isWord: Bool
            let isApostrophe: Bool
            if byte < 0x80 {
                width = 1
                isWord = isASCIIWordByte(byte) || isShorthandSign(byte, in: bytes, at: index, wordLength: word.length)
                isApostrophe = byte == UInt8(ascii: "'")
            } else {
                let scalar = decodeScalar(bytes, at: index)
                width = scalar.width
                isWord = isWordScalar(scalar.value)
                isApostrophe = scalar.value == "\u{2019}"
            }
            if isWord {
                if word.isEmpty { start = index }
                if pendingApostrophe { word.append(UInt8(ascii: "'")) }
                pendingApostrophe = false
                if width == 1 {
                    word.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                } else {
                    word.append(UnsafeBufferPointer(rebasing: bytes[index..<(index + width)]))
                }
                end = index + width
            } else if isApostrophe && !word.isEmpty && !pendingApostrophe {
                pendingApostrophe = true
            } else {
                pendingApostrophe = false
                if !word.isEmpty { word.finish(range: start..<end, body) }
            }
            index += width
        }
        if !word.isEmpty { word.finish(range: start..<end, body) }
    }

    /// A slash ending a one-letter word, or a hash starting a word.
    @inline(__always)
    private static func isShorthandSign(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, at index: Int, wordLength: Int) -> Bool {
        switch byte {
        case UInt8(ascii: "/"): wordLength == 1 && isASCIIWordByte(bytes[index - 1])
        case UInt8(ascii: "#"): wordLength == 0 && index + 1 < bytes.count && isASCIIWordByte(bytes[index + 1])
        default: false
        }
    }

    @inline(__always)
    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// Decodes the scalar starting at `index` of valid UTF-8.
    @inline(__always)
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: Unicode.Scalar, width: Int) {
        let lead = UInt32(bytes[index])
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for offset in 1..<width where index + offset < bytes.count {
            value = (value << 6) | (UInt32(bytes[index + offset]) & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
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
