/// Replaces each `@name` in a phrase with every phrase of that vocabulary, so a pack compiles into one
/// trie of plain phrases. Expansions are remembered, so a vocabulary used by many rules is expanded once.
public struct PhraseExpansion {
    /// Expanded phrases one pattern may stand for; past this a pack would load slowly, so it is refused.
    public static let maximumPhrases = 20_000
    /// Words an expanded phrase may have (vocabulary phrases are longer than the pieces that name them).
    public static let maximumWords = 24

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case unknownVocabulary(String)
        case cycle([String])
        case tooManyPhrases(Int)
        case tooManyWords

        public var description: String {
            switch self {
            case .unknownVocabulary(let name): "no vocabulary named '@\(name)'"
            case .cycle(let names): "vocabularies name each other in a circle: \(names.map { "@\($0)" }.joined(separator: " → "))"
            case .tooManyPhrases(let count): "stands for \(count) phrases or more (at most \(maximumPhrases)); use fewer vocabularies in one phrase"
            case .tooManyWords: "an expanded phrase has more than \(maximumWords) words; use shorter vocabulary phrases"
            }
        }
    }

    public typealias Words = [PhrasePattern.Piece]

    private let vocabularies: Vocabularies
    private var expanded: [String: [Words]] = [:]

    public init(_ vocabularies: Vocabularies) { self.vocabularies = vocabularies }

    /// Every plain phrase the pattern stands for.
    public mutating func expand(_ pattern: PhrasePattern) throws(Problem) -> [Words] {
        try expand(pattern.pieces, path: [])
    }

    private mutating func expand(_ pieces: [PhrasePattern.Piece], path: [String]) throws(Problem) -> [Words] {
        var results: [Words] = [[]]
        for piece in pieces {
            guard case .vocabulary(let name) = piece else {
                for index in results.indices { results[index].append(piece) }
                continue
            }
            let choices = try phrases(of: name, path: path)
            guard results.count * choices.count <= Self.maximumPhrases else { throw .tooManyPhrases(results.count * choices.count) }
            results = results.flatMap { prefix in choices.map { prefix + $0 } }
        }
        guard results.allSatisfy({ $0.count <= Self.maximumWords }) else { throw .tooManyWords }
        return results
    }

    private mutating func phrases(of name: String, path: [String]) throws(Problem) -> [Words] {
        if let known = expanded[name] { return known }
        guard !path.contains(name) else { throw .cycle(Array(path.drop { $0 != name }) + [name]) }
        guard let vocabulary = vocabularies[name] else { throw .unknownVocabulary(name) }
        var all: [Words] = []
        for phrase in vocabulary.phrases {
            all += try expand(phrase.pieces, path: path + [name])
            guard all.count <= Self.maximumPhrases else { throw .tooManyPhrases(all.count) }
        }
        expanded[name] = all
        return all
    }
}
