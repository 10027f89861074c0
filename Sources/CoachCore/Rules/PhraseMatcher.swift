/// Every phrase of a rule pack compiled into one word trie. A note's words are looked up once each (to a
/// word number, and a mask of the `word*` stems they start with); then the trie is walked from each word.
/// Each walk is bounded by the longest phrase, so the cost is linear in the note's length.
public struct PhraseMatcher: Sendable {
    /// A named group of phrases (one rule's triggers, or its exceptions).
    public typealias SetID = Int

    private struct Node: Sendable {
        /// (word number, child); at match time the root is read through `rootChildren` instead.
        var words: [(Int32, Int32)] = []
        /// (stem number, child) for `word*` pieces.
        var stems: [(Int32, Int32)] = []
        var anyWord: Int32 = -1
        var ends: [SetID] = []

        func child(word: Int32) -> Int32 {
            for (key, child) in words where key == word { return child }
            return -1
        }
    }

    private var nodes = [Node()]
    /// The trie again as plain numbers: matching reads only this, so walking it retains and releases nothing.
    private var frozen = FrozenTrie([Node()])
    private var vocabulary = WordTable()
    private var stemList: [String] = []
    private var stemHashes: [(hash: UInt64, length: Int)] = []
    private var longestStem = 0
    /// Hashes of the stems' first three bytes.
    private var stemStarts: [UInt64] = []
    /// The root's child for each word number (-1 for none): the busiest lookup, made a plain index.
    private var rootChildren: [Int32] = []
    public private(set) var setCount = 0

    /// Compiles groups of phrases; matches of `groups[i]` are reported under set id `i`.
    public init(groups: [[PhrasePattern]]) {
        for (id, patterns) in groups.enumerated() {
            for pattern in patterns { insert(pattern, set: id) }
        }
        setCount = groups.count
        rootChildren = Array(repeating: -1, count: vocabulary.count)
        for (word, child) in nodes[0].words { rootChildren[Int(word)] = child }
        frozen = FrozenTrie(nodes)
    }

    private mutating func insert(_ pattern: PhrasePattern, set: SetID) {
        var current = 0
        for piece in pattern.pieces {
            switch piece {
            case .word(let word):
                let number = wordNumber(word)
                let existing = nodes[current].child(word: number)
                if existing >= 0 { current = Int(existing) } else {
                    current = addChild(to: current) { $0.words.append((number, $1)) }
                }
            case .prefix(let stem):
                let number = stemNumber(stem)
                if let existing = nodes[current].stems.first(where: { $0.0 == number }) { current = Int(existing.1) } else {
                    current = addChild(to: current) { $0.stems.append((number, $1)) }
                }
            case .anyWord:
                if nodes[current].anyWord >= 0 { current = Int(nodes[current].anyWord) } else {
                    current = addChild(to: current) { $0.anyWord = $1 }
                }
            }
        }
        if !nodes[current].ends.contains(set) { nodes[current].ends.append(set) }
    }

    private mutating func addChild(to parent: Int, _ link: (inout Node, Int32) -> Void) -> Int {
        nodes.append(Node())
        link(&nodes[parent], Int32(nodes.count - 1))
        return nodes.count - 1
    }

    private mutating func wordNumber(_ word: String) -> Int32 {
        vocabulary.number(for: word)
    }

    private mutating func stemNumber(_ stem: String) -> Int32 {
        if let index = stemList.firstIndex(of: stem) { return Int32(index) }
        stemList.append(stem)
        if stemList.count <= 64 { stemHashes.append((WordHash.of(stem), stem.utf8.count)) }
        stemStarts.append(WordHash.of(String(decoding: stem.utf8.prefix(3), as: UTF8.self)))
        longestStem = max(longestStem, stem.utf8.count)
        return Int32(stemList.count - 1)
    }

    /// Finds, for every phrase group, the first place in `tokens` where one of its phrases occurs.
    public func match(_ tokens: [Tokenizer.Token], into result: inout Matches) {
        result.reset(setCount: setCount)
        guard !tokens.isEmpty else { return }
        result.numbers.removeAll(keepingCapacity: true)
        result.stemMasks.removeAll(keepingCapacity: true)
        for token in tokens {
            result.numbers.append(vocabulary.number(of: token) ?? -1)
            if !stemList.isEmpty { result.stemMasks.append(stemStarts.contains(token.startHash) ? stemMask(token.word) : 0) }
        }
        for start in tokens.indices {
            let first = result.numbers[start] >= 0 ? rootChildren[Int(result.numbers[start])] : -1
            if first >= 0 { result.stack.append((first, start + 1)) }
            pushWildcards(of: 0, position: start, into: &result)
            while let (node, position) = result.stack.popLast() {
                result.steps += 1
                let shape = frozen.shapes[Int(node)]
                for end in shape.ends where result.spans[Int(frozen.endSets[end])] == nil {
                    result.record(set: Int(frozen.endSets[end]),
                                  span: tokens[start].range.lowerBound..<tokens[position - 1].range.upperBound)
                }
                guard position < tokens.count else { continue }
                let word = result.numbers[position]
                if word >= 0 {
                    for edge in shape.words where frozen.wordEdges[edge].word == word {
                        result.stack.append((frozen.wordEdges[edge].child, position + 1))
                    }
                }
                pushWildcards(of: node, position: position, into: &result)
            }
        }
    }

    /// One bit for each `word*` stem the word starts with (stems past the 64th are never set). The word's
    /// prefixes are hashed as its bytes are read and compared with the stems' hashes. Only called for words
    /// that start like some stem (every stem has at least three letters).
    private func stemMask(_ word: String) -> UInt64 {
        var mask: UInt64 = 0
        var hash = WordHash.seed
        var length = 0
        for byte in word.utf8 {
            hash = WordHash.step(hash, byte)
            length += 1
            guard length <= longestStem else { break }
            for (index, stem) in stemHashes.enumerated() where stem.length == length && stem.hash == hash {
                mask |= 1 << UInt64(index)
            }
        }
        return mask
    }

    /// Pushes the stem and any-word children of `node` that the word at `position` can follow.
    @inline(__always)
    private func pushWildcards(of node: Int32, position: Int, into result: inout Matches) {
        let shape = frozen.shapes[Int(node)]
        if !shape.stems.isEmpty, !result.stemMasks.isEmpty {
            let mask = result.stemMasks[position]
            for edge in shape.stems {
                let (stem, child) = (frozen.stemEdges[edge].word, frozen.stemEdges[edge].child)
                if stem < 64, mask & (1 << UInt64(stem)) != 0 { result.stack.append((child, position + 1)) }
            }
        }
        if shape.anyWord >= 0 { result.stack.append((shape.anyWord, position + 1)) }
    }

    /// Nodes as ranges into shared edge arrays: value types with no references inside.
    private struct FrozenTrie: Sendable {
        struct Edge: Sendable {
            var word: Int32
            var child: Int32
        }

        struct Shape: Sendable {
            var words: Range<Int>
            var stems: Range<Int>
            var ends: Range<Int>
            var anyWord: Int32
        }

        var shapes: [Shape] = []
        var wordEdges: [Edge] = []
        var stemEdges: [Edge] = []
        var endSets: [Int32] = []

        init(_ nodes: [Node]) {
            for node in nodes {
                let words = wordEdges.count..<(wordEdges.count + node.words.count)
                wordEdges += node.words.map { Edge(word: $0.0, child: $0.1) }
                let stems = stemEdges.count..<(stemEdges.count + node.stems.count)
                stemEdges += node.stems.map { Edge(word: $0.0, child: $0.1) }
                let ends = endSets.count..<(endSets.count + node.ends.count)
                endSets += node.ends.map { Int32($0) }
                shapes.append(Shape(words: words, stems: stems, ends: ends, anyWord: node.anyWord))
            }
        }
    }

    /// The first match of each phrase group in one note: UTF-8 ranges into the note's text.
    public struct Matches: Sendable {
        public private(set) var spans: [Range<Int>?] = []
        /// Trie steps taken, to show matching stays linear.
        public internal(set) var steps = 0
        /// Scratch space kept between notes so matching allocates nothing once warm.
        var numbers: [Int32] = []
        var stemMasks: [UInt64] = []
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
