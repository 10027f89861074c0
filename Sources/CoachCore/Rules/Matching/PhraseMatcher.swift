/// Every phrase of a rule pack compiled into one trie over word stems. A note's words are read once each
/// into terms (a stem number, and the `word*` stems the word starts with); then the trie is walked from
/// each term. Each walk is bounded by the longest phrase, so the cost is linear in the note's length.
public struct PhraseMatcher: Sendable, Codable {
    /// A named group of phrases (one rule's triggers, or its exceptions).
    public typealias SetID = Int

    public let normaliser: Normaliser
    let words: WordTable
    let prefixes: PrefixTable
    let slips: SlipIndex
    private let trie: FrozenTrie
    /// The root's child for each word number (-1 for none): the busiest lookup, made a plain index.
    private let rootChildren: [Int32]
    public let setCount: Int

    /// Compiles groups of phrases; matches of `groups[i]` are reported under set id `i`. A phrase naming a
    /// vocabulary stands for each of its phrases; one naming a vocabulary that does not exist matches
    /// nothing (loaders report it with its place first).
    public init(groups: [[PhrasePattern]], vocabularies: Vocabularies = Vocabularies(), normaliser: Normaliser = Normaliser()) {
        self.normaliser = normaliser
        var builder = TrieBuilder(normaliser: normaliser)
        var expansion = PhraseExpansion(vocabularies)
        for (id, patterns) in groups.enumerated() {
            for pattern in patterns {
                guard let phrases = try? expansion.expand(pattern) else { continue }
                for phrase in phrases { builder.insert(phrase, set: id) }
            }
        }
        setCount = groups.count
        words = builder.words
        prefixes = PrefixTable(builder.prefixStems)
        slips = SlipIndex(builder.words)
        trie = FrozenTrie(builder)
        var root = [Int32](repeating: -1, count: builder.words.count)
        for (word, child) in builder.nodes[0].words { root[Int(word)] = child }
        rootChildren = root
    }

    /// Whether the compiled tables point only inside each other (a matcher read back from a cache).
    func isValid() -> Bool {
        words.isValid() && slips.isValid(wordCount: words.count) && rootChildren.count == words.count
            && rootChildren.allSatisfy { $0 >= -1 && Int($0) < trie.shapes.count }
            && trie.isValid(wordCount: words.count, prefixCount: prefixes.count, setCount: setCount)
    }

    /// Finds, for every phrase group, the first place in the note where one of its phrases occurs.
    public func match(_ note: NoteTerms, into result: inout Matches) {
        result.reset(setCount: setCount)
        let terms = note.terms
        for start in terms.indices {
            let number = terms[start].number
            let first = number >= 0 ? rootChildren[Int(number)] : -1
            if first >= 0 { result.stack.append((first, start + 1)) }
            pushWildcards(of: 0, position: start, note: note, into: &result)
            while let (node, position) = result.stack.popLast() {
                result.steps += 1
                let shape = trie.shapes[Int(node)]
                for end in shape.ends where result.spans[Int(trie.endSets[end])] == nil {
                    result.record(set: Int(trie.endSets[end]), span: terms[start].range.lowerBound..<terms[position - 1].range.upperBound)
                }
                guard position < terms.count else { continue }
                let word = terms[position].number
                if word >= 0 {
                    for edge in shape.words where trie.wordEdges[edge].key == word {
                        result.stack.append((trie.wordEdges[edge].child, position + 1))
                    }
                }
                pushWildcards(of: node, position: position, note: note, into: &result)
            }
        }
    }

    /// Reads and matches one text on its own, for occasional readers (an objective, a practice line).
    public func match(_ text: String) -> (matches: Matches, terms: NoteTerms) {
        let reader = TermReader(matcher: self)
        reader.read(text)
        var matches = Matches()
        match(reader.terms, into: &matches)
        return (matches, reader.terms)
    }

    /// Pushes the `word*` and any-word children of `node` that the term at `position` can follow.
    @inline(__always)
    private func pushWildcards(of node: Int32, position: Int, note: NoteTerms, into result: inout Matches) {
        let shape = trie.shapes[Int(node)]
        if !shape.prefixes.isEmpty {
            for stem in note.prefixes(of: position) {
                for edge in shape.prefixes where trie.prefixEdges[edge].key == stem {
                    result.stack.append((trie.prefixEdges[edge].child, position + 1))
                }
            }
        }
        if shape.anyWord >= 0 { result.stack.append((shape.anyWord, position + 1)) }
    }

    /// The first match of each phrase group in one note: UTF-8 ranges into the note's text.
    public struct Matches: Sendable {
        public private(set) var spans: [Range<Int>?] = []
        /// Trie steps taken, to show matching stays linear.
        public internal(set) var steps = 0
        /// Scratch space kept between notes so matching allocates nothing once warm.
        var stack: [(node: Int32, position: Int)] = []

        public init() {}

        mutating func reset(setCount: Int) {
            if spans.count != setCount { spans = Array(repeating: nil, count: setCount) } else {
                for index in spans.indices { spans[index] = nil }
            }
            steps = 0
        }

        mutating func record(set: SetID, span: Range<Int>) { spans[set] = span }

        public func span(_ set: SetID?) -> Range<Int>? { set.flatMap { spans[$0] } }
        public func contains(_ set: SetID?) -> Bool { span(set) != nil }
    }
}
