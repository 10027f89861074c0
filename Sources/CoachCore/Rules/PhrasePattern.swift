/// A phrase to look for in a note: words matched whole and case-insensitively. `word*` matches any word
/// that starts with `word`; a lone `*` matches any one word; `@name` matches any phrase of the vocabulary
/// `name`. Patterns are not regular expressions, so matching stays linear in the length of the note.
public struct PhrasePattern: Equatable, Sendable, Codable {
    public enum Piece: Equatable, Sendable {
        case word(String)
        case prefix(String)
        case anyWord
        /// Any phrase of a named vocabulary, expanded when the pack is compiled.
        case vocabulary(String)
    }

    public static let maximumWords = 12

    public let source: String
    public let pieces: [Piece]

    public struct Problem: Error, Equatable {
        /// 0-based offset in characters into the pattern.
        public var offset: Int
        public var message: String
    }

    public init(_ source: String) throws(Problem) {
        self.source = source
        var pieces: [Piece] = []
        if let bad = source.unicodeScalars.firstIndex(where: { !Self.isAllowed($0) }) {
            let character = source[bad]
            throw Problem(offset: source.distance(from: source.startIndex, to: bad), message:
                "'\(character)' cannot be used in a phrase: phrases are words, 'word*' for any ending and '*' for any one word, not regular expressions")
        }
        for rawWord in Self.rawWords(source) {
            if rawWord == "*" {
                pieces.append(.anyWord)
                continue
            }
            if rawWord.utf8.first == UInt8(ascii: "@") {
                let name = String(rawWord.dropFirst())
                guard Vocabulary.isValidName(name) else {
                    throw Problem(offset: Self.offset(of: rawWord, in: source),
                                  message: "'\(rawWord)': a vocabulary is named in lower-case words joined by '-', e.g. '@our-company'")
                }
                pieces.append(.vocabulary(name))
                continue
            }
            let isPrefix = rawWord.utf8.last == UInt8(ascii: "*")
            let stem = isPrefix ? rawWord.dropLast() : rawWord[...]
            if stem.utf8.contains(UInt8(ascii: "*")) {
                throw Problem(offset: Self.offset(of: rawWord, in: source),
                              message: "'*' may only end a word ('integrat*') or stand alone ('our * team')")
            }
            let words = Self.isPlainWord(stem) ? [stem.lowercased()] : Tokenizer.words(stem)
            if isPrefix {
                guard words.count == 1, let only = words.first, only.count >= 3 else {
                    throw Problem(offset: Self.offset(of: rawWord, in: source),
                                  message: "'\(rawWord)': a 'word*' prefix needs at least 3 letters before the '*'")
                }
                pieces.append(.prefix(only))
            } else {
                pieces += words.map(Piece.word)
            }
        }
        guard pieces.contains(where: { $0 != .anyWord }) else {
            throw Problem(offset: 0, message: "a phrase needs at least one word")
        }
        guard pieces.count <= Self.maximumWords else {
            throw Problem(offset: 0, message: "a phrase may have at most \(Self.maximumWords) words; split it into shorter phrases")
        }
        self.pieces = pieces
    }

    /// The phrase's words as written, split at spaces. A pack holds thousands of phrases: ASCII ones (nearly
    /// all) are split by bytes, others by scalars, never by characters (grapheme breaking is slow).
    private static func rawWords(_ source: String) -> [Substring] {
        let utf8 = source.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return source.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace }).map(Substring.init)
        }
        var words: [Substring] = []
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            if utf8[index] == UInt8(ascii: " ") || utf8[index] == UInt8(ascii: "\t") {
                if start < index { words.append(source[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start < utf8.endIndex { words.append(source[start..<utf8.endIndex]) }
        return words
    }

    /// ASCII letters and digits only: read as is, without the tokenizer (most phrase words are).
    private static func isPlainWord(_ word: Substring) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }
    }

    /// Written as one text: the source, then for each piece a separator (U+001F, which no phrase can
    /// hold), a letter for its kind and its word. A pack read back from its cache has thousands of phrases.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        var text = try container.decode(String.self)
        let read: (source: String, pieces: [Piece])? = text.withUTF8 { bytes in
            var fields: [String] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x1F {
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            var pieces: [Piece] = []
            for field in fields.dropFirst() {
                let word = String(field.utf8.dropFirst())!
                switch field.utf8.first {
                case UInt8(ascii: "w"): pieces.append(.word(word))
                case UInt8(ascii: "p"): pieces.append(.prefix(word))
                case UInt8(ascii: "*"): pieces.append(.anyWord)
                case UInt8(ascii: "@"): pieces.append(.vocabulary(word))
                default: return nil
                }
            }
            return (fields[0], pieces)
        }
        guard let read else { throw DecodingError.dataCorruptedError(in: container, debugDescription: "an unknown piece") }
        (source, pieces) = read
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        let pieces = pieces.map { piece in
            switch piece {
            case .word(let word): "w" + word
            case .prefix(let stem): "p" + stem
            case .anyWord: "*"
            case .vocabulary(let name): "@" + name
            }
        }
        try container.encode(([source] + pieces).joined(separator: "\u{1F}"))
    }

    /// Letters, digits, spaces, marks and the few signs that can sit inside words; ASCII is decided
    /// without looking up Unicode properties.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = UInt8(scalar.value)
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
                || " \t'-*.,&/#@".utf8.contains(value)
        }
        let properties = scalar.properties
        return scalar == "’" || properties.isAlphabetic || properties.numericType != nil || properties.isWhitespace
            || properties.generalCategory == .nonspacingMark
    }

    /// The vocabularies the phrase names, in order.
    public var vocabularyNames: [String] {
        pieces.compactMap { if case .vocabulary(let name) = $0 { name } else { nil } }
    }

    private static func offset(of word: Substring, in source: String) -> Int {
        source.distance(from: source.startIndex, to: word.startIndex)
    }
}
