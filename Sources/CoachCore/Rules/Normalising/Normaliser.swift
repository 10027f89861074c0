/// How a word is read before it is matched, so the way a rep types does not decide what the coach sees:
/// the shorthand reps type (`mgr`, `abt`, `w/`, `eoq`) stands for its words, apostrophes are dropped
/// ("didnt" and "didn't" are one word), and inflections are taken off ("delivered", "deliveries" and
/// "delivers" meet at one stem). Phrases in rules and words in notes go through the same reading.
public struct Normaliser: Sendable, Codable {
    /// Shorthand and what it stands for, both as read (lower-case, apostrophes dropped).
    public private(set) var shorthand: [String: [String]] = [:]
    /// Words read exactly as typed: never stemmed ("news" is not the plural of "new") and never taken for a
    /// slip of the fingers ("contact" is not a "contract" with a letter dropped).
    public private(set) var unstemmed: Set<String> = []

    public init(shorthand: [String: String] = [:], unstemmed: [String] = []) {
        add(shorthand: shorthand, unstemmed: unstemmed)
    }

    private enum CodingKeys: String, CodingKey { case short, long, unstemmed }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let short = try container.decode([String].self, forKey: .short)
        let long = try container.decode([[String]].self, forKey: .long)
        guard short.count == long.count else {
            throw DecodingError.dataCorruptedError(forKey: .long, in: container, debugDescription: "a meaning for each shorthand")
        }
        shorthand = Dictionary(zip(short, long)) { $1 }
        unstemmed = Set(try container.decode([String].self, forKey: .unstemmed))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let short = shorthand.keys.sorted()
        try container.encode(short, forKey: .short)
        try container.encode(short.map { shorthand[$0]! }, forKey: .long)
        try container.encode(unstemmed.sorted(), forKey: .unstemmed)
    }

    /// Adds a later pack's entries; a shorthand already known takes the later meaning.
    public mutating func add(shorthand more: [String: String], unstemmed moreUnstemmed: [String]) {
        for (short, long) in more {
            shorthand[Self.plain(short)] = Tokenizer.words(long).map(Self.plain)
        }
        unstemmed.formUnion(moreUnstemmed.map(Self.plain))
    }

    /// The words a typed word stands for, as read: usually itself without apostrophes; several words for
    /// shorthand like "eoq".
    public func surfaces(of word: String) -> [String] {
        let plain = Self.plain(word)
        return shorthand[plain] ?? [plain]
    }

    /// The stem a surface word is matched by.
    public func stem(_ surface: String) -> String {
        isExact(surface) ? surface : Stemmer.stem(surface)
    }

    /// Whether a surface word is read exactly as typed.
    public func isExact(_ surface: String) -> Bool { unstemmed.contains(surface) }

    /// The stems of a typed word, in order.
    public func stems(of word: String) -> [String] { surfaces(of: word).map(stem) }

    /// A lower-cased word without its apostrophes.
    static func plain(_ word: String) -> String {
        let lowered = word.lowercased()
        guard lowered.unicodeScalars.contains(where: { $0 == "'" || $0 == "’" }) else { return lowered }
        return String(String.UnicodeScalarView(lowered.unicodeScalars.filter { $0 != "'" && $0 != "’" }))
    }
}

extension Normaliser {
    /// The distinct topic stems of a text as this normaliser reads it, in order, for readers outside the
    /// rules engine (the plan's questions): no pack words, so no slips are corrected.
    public func topics(of text: String) -> [String] {
        var topics: [String] = []
        for token in Tokenizer.tokens(text) {
            for stem in stems(of: token.word) where ContentWords.isTopic(stem) && !topics.contains(stem) { topics.append(stem) }
        }
        return topics
    }
}
