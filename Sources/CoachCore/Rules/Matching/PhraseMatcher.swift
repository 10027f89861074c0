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

    /// Finds, for every phrase group, the first place in the note where one of its phrases occurs. A term's
    /// `word*` stems are the range its `prefixes` names in `prefixNumbers`.
    func match(_ note: NoteTerms, prefixNumbers: [Int32], into result: inout Matches) {
        result.reset(setCount: setCount)
        let terms = note.terms
        // Each level of the walk leaves at most its word child, its any-word child and one child per `word*`
        // stem of its term waiting, so the walk's stack never holds more than this.
        let depth = 2 * (terms.count + 1) + terms.reduce(0) { $0 + $1.prefixes.count } + 1
        withUnsafeTemporaryAllocation(of: (node: Int32, position: Int).self, capacity: depth) { stack in
            var count = 0
            func push(_ node: Int32, _ position: Int) {
                stack[count] = (node, position)
                count += 1
            }
            func pushWildcards(of node: Int32, position: Int) {
                let shape = trie.shapes[Int(node)]
                if !shape.prefixes.isEmpty {
                    for index in terms[position].prefixes {
                        let stem = prefixNumbers[Int(index)]
                        for edge in shape.prefixes where trie.prefixEdges[edge].key == stem { push(trie.prefixEdges[edge].child, position + 1) }
                    }
                }
                if shape.anyWord >= 0 { push(shape.anyWord, position + 1) }
            }
            for start in terms.indices {
                let number = terms[start].number
                let first = number >= 0 ? rootChildren[Int(number)] : -1
                if first >= 0 { push(first, start + 1) }
                pushWildcards(of: 0, position: start)
                while count > 0 {
                    count -= 1
                    let (node, position) = stack[count]
                    result.steps += 1
                    let shape = trie.shapes[Int(node)]
                    for end in shape.ends where !result.found(Int(trie.endSets[end])) {
                        result.record(set: Int(trie.endSets[end]), span: terms[start].range.lowerBound..<terms[position - 1].range.upperBound)
                    }
                    guard position < terms.count else { continue }
                    let word = terms[position].number
                    if word >= 0, !shape.words.isEmpty {
                        let child = trie.child(of: shape, word: word)
                        if child >= 0 { push(child, position + 1) }
                    }
                    pushWildcards(of: node, position: position)
                }
            }
        }
    }

    /// Reads and matches one text on its own, for occasional readers (an objective, a practice line).
    public func match(_ text: String) -> (matches: Matches, terms: NoteTerms) {
        var reader = TermReader(matcher: self)
        reader.read(text)
        var matches = Matches()
        match(reader.terms, prefixNumbers: reader.lexicon.prefixNumbers, into: &matches)
        return (matches, reader.terms)
    }

    /// The first match of each phrase group in one note: UTF-8 ranges into the note's text.
    public struct Matches: Sendable {
        /// Each group's span, valid when its stamp is the current one: emptying is a new stamp, not a pass
        /// over every group.
        private var spans: [Range<Int>] = []
        private var stamps: [UInt32] = []
        private var stamp: UInt32 = 1
        /// Trie steps taken, to show matching stays linear.
        public internal(set) var steps = 0

        public init() {}

        mutating func reset(setCount: Int) {
            if stamps.count != setCount || stamp == .max {
                spans = Array(repeating: 0..<0, count: setCount)
                stamps = Array(repeating: 0, count: setCount)
                stamp = 0
            }
            stamp += 1
            steps = 0
        }

        mutating func record(set: SetID, span: Range<Int>) {
            spans[set] = span
            stamps[set] = stamp
        }

        @inline(__always)
        func found(_ set: Int) -> Bool { stamps[set] == stamp }

        public func span(_ set: SetID?) -> Range<Int>? {
            guard let set, found(set) else { return nil }
            return spans[set]
        }

        public func contains(_ set: SetID?) -> Bool { set.map(found) ?? false }
    }
}
