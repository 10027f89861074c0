/// A named list of phrases for one idea ("our-company", "apology", "rep-target"), written once and used
/// from any rule, practice move or objective pattern as `@name`. Its examples say what it should and
/// should not find.
public struct Vocabulary: Sendable, Codable {
    /// One file's part of a vocabulary: a later pack may add to a shipped list, with examples of its own.
    public struct Source: Sendable, Codable {
        public var file: String
        public var examples: VocabularyExamples

        public init(file: String, examples: VocabularyExamples) {
            self.file = file
            self.examples = examples
        }
    }

    public var name: String
    /// What the list is for, one line.
    public var about: String
    public var phrases: [PhrasePattern]
    /// The files it was read from, in order, each with its examples.
    public var sources: [Source]

    public init(name: String, about: String = "", phrases: [PhrasePattern], sources: [Source] = []) {
        self.name = name
        self.about = about
        self.phrases = phrases
        self.sources = sources
    }

    /// Lower-case words joined by '-', like rule ids.
    public static func isValidName(_ name: some StringProtocol) -> Bool {
        !name.isEmpty && name.first != "-" && name.last != "-"
            && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

/// Texts a vocabulary must find a phrase in (`match`), and texts it must find none in (`miss`).
public struct VocabularyExamples: Sendable, Codable {
    public var match: [String]
    public var miss: [String]

    public init(match: [String] = [], miss: [String] = []) {
        self.match = match
        self.miss = miss
    }
}

/// The vocabularies a pack can name, by name.
public struct Vocabularies: Sendable, Codable {
    public private(set) var byName: [String: Vocabulary] = [:]

    public init(_ vocabularies: [Vocabulary] = []) {
        for vocabulary in vocabularies { add(vocabulary) }
    }

    public init(from decoder: Decoder) throws { self.init(try [Vocabulary](from: decoder)) }

    public func encode(to encoder: Encoder) throws { try names.compactMap { byName[$0] }.encode(to: encoder) }

    public subscript(name: String) -> Vocabulary? { byName[name] }

    public var names: [String] { byName.keys.sorted() }

    /// Adds a vocabulary; one already known by that name is extended (a team's pack adding its own words).
    public mutating func add(_ vocabulary: Vocabulary) {
        guard var known = byName[vocabulary.name] else {
            byName[vocabulary.name] = vocabulary
            return
        }
        known.phrases += vocabulary.phrases
        known.sources += vocabulary.sources
        if known.about.isEmpty { known.about = vocabulary.about }
        byName[vocabulary.name] = known
    }
}
