/// Builds the phrase trie. Children are found through hash tables, so adding a phrase costs its length
/// whatever the size of the pack.
struct TrieBuilder {
    struct Node {
        var words: [(Int32, Int32)] = []
        var prefixes: [(Int32, Int32)] = []
        var anyWord: Int32 = -1
        var ends: [PhraseMatcher.SetID] = []
    }

    let normaliser: Normaliser
    private(set) var nodes = [Node()]
    private(set) var words = WordTable()
    private(set) var prefixStems: [String] = []
    private var prefixNumbers: [String: Int32] = [:]
    private var wordChildren: [ChildKey: Int32] = [:]
    private var prefixChildren: [ChildKey: Int32] = [:]
    /// Each phrase word's stem numbers: vocabularies repeat words across thousands of expanded phrases.
    private var stemNumbers: [String: [Int32]] = [:]

    private struct ChildKey: Hashable {
        var node: Int32
        var key: Int32
    }

    init(normaliser: Normaliser) { self.normaliser = normaliser }

    mutating func insert(_ pieces: [PhrasePattern.Piece], set: PhraseMatcher.SetID) {
        var current: Int32 = 0
        for piece in pieces {
            switch piece {
            case .word(let word):
                for number in numbers(of: word) {
                    current = child(of: current, key: number, in: \.wordChildren) { $0.words.append(($1, $2)) }
                }
            case .prefix(let stem):
                current = child(of: current, key: prefixNumber(Normaliser.plain(stem)), in: \.prefixChildren) { $0.prefixes.append(($1, $2)) }
            case .anyWord:
                if nodes[Int(current)].anyWord < 0 {
                    nodes.append(Node())
                    nodes[Int(current)].anyWord = Int32(nodes.count - 1)
                }
                current = nodes[Int(current)].anyWord
            case .vocabulary:
                return
            }
        }
        if !nodes[Int(current)].ends.contains(set) { nodes[Int(current)].ends.append(set) }
    }

    private mutating func child(of node: Int32, key: Int32, in table: WritableKeyPath<TrieBuilder, [ChildKey: Int32]>,
                                link: (inout Node, Int32, Int32) -> Void) -> Int32 {
        let childKey = ChildKey(node: node, key: key)
        if let existing = self[keyPath: table][childKey] { return existing }
        nodes.append(Node())
        let child = Int32(nodes.count - 1)
        link(&nodes[Int(node)], key, child)
        self[keyPath: table][childKey] = child
        return child
    }

    private mutating func numbers(of word: String) -> [Int32] {
        if let known = stemNumbers[word] { return known }
        let numbers = normaliser.stems(of: word).map { words.number(for: $0) }
        stemNumbers[word] = numbers
        return numbers
    }

    private mutating func prefixNumber(_ stem: String) -> Int32 {
        if let number = prefixNumbers[stem] { return number }
        prefixStems.append(stem)
        prefixNumbers[stem] = Int32(prefixStems.count - 1)
        return Int32(prefixStems.count - 1)
    }
}

/// The trie again as plain numbers: nodes as ranges into shared edge arrays, so walking it retains and
/// releases nothing. A node's word edges are in the order of their words, so a child is found by halving
/// (a node reached by "our" has hundreds).
struct FrozenTrie: Sendable, Codable {
    struct Edge: Sendable {
        var key: Int32
        var child: Int32
    }

    /// A node's edge ranges as 32-bit bounds: 28 bytes a node rather than 56, so more of the trie a walk
    /// visits stays in the cache.
    struct Shape: Sendable {
        private let wordBounds: (Int32, Int32)
        private let prefixBounds: (Int32, Int32)
        private let endBounds: (Int32, Int32)
        let anyWord: Int32

        init(words: Range<Int>, prefixes: Range<Int>, ends: Range<Int>, anyWord: Int32) {
            wordBounds = (Int32(words.lowerBound), Int32(words.upperBound))
            prefixBounds = (Int32(prefixes.lowerBound), Int32(prefixes.upperBound))
            endBounds = (Int32(ends.lowerBound), Int32(ends.upperBound))
            self.anyWord = anyWord
        }

        var words: Range<Int> { Range(uncheckedBounds: (Int(wordBounds.0), Int(wordBounds.1))) }
        var prefixes: Range<Int> { Range(uncheckedBounds: (Int(prefixBounds.0), Int(prefixBounds.1))) }
        var ends: Range<Int> { Range(uncheckedBounds: (Int(endBounds.0), Int(endBounds.1))) }
    }

    private(set) var shapes: [Shape] = []
    private(set) var wordEdges: [Edge] = []
    private(set) var prefixEdges: [Edge] = []
    private(set) var endSets: [Int32] = []

    init(_ builder: TrieBuilder) {
        shapes.reserveCapacity(builder.nodes.count)
        for node in builder.nodes {
            let words = wordEdges.count..<(wordEdges.count + node.words.count)
            wordEdges += node.words.sorted { $0.0 < $1.0 }.map { Edge(key: $0.0, child: $0.1) }
            let prefixes = prefixEdges.count..<(prefixEdges.count + node.prefixes.count)
            prefixEdges += node.prefixes.map { Edge(key: $0.0, child: $0.1) }
            let ends = endSets.count..<(endSets.count + node.ends.count)
            endSets += node.ends.map { Int32($0) }
            shapes.append(Shape(words: words, prefixes: prefixes, ends: ends, anyWord: node.anyWord))
        }
    }

    /// The child of the node of `shape` by word `word`, or -1.
    @inline(__always)
    func child(of shape: Shape, word: Int32) -> Int32 {
        var low = shape.words.lowerBound
        var high = shape.words.upperBound
        while low < high {
            let middle = (low + high) >> 1
            let key = wordEdges[middle].key
            if key == word { return wordEdges[middle].child }
            if key < word { low = middle + 1 } else { high = middle }
        }
        return -1
    }

    private enum CodingKeys: String, CodingKey { case shapes, wordEdges, prefixEdges, endSets }

    /// Written as plain numbers: each node's edge ranges and any-word child, each edge's key and child.
    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let shapeNumbers = try container.decode([Int32].self, forKey: .shapes)
        let wordNumbers = try container.decode([Int32].self, forKey: .wordEdges)
        let prefixNumbers = try container.decode([Int32].self, forKey: .prefixEdges)
        guard shapeNumbers.count % 7 == 0, wordNumbers.count % 2 == 0, prefixNumbers.count % 2 == 0,
              !shapeNumbers.contains(where: { $0 < -1 }) else {
            throw DecodingError.dataCorruptedError(forKey: .shapes, in: container, debugDescription: "not a trie")
        }
        shapes = stride(from: 0, to: shapeNumbers.count, by: 7).map { at in
            let number = { Int(shapeNumbers[at + $0]) }
            return Shape(words: number(0)..<max(number(0), number(1)), prefixes: number(2)..<max(number(2), number(3)),
                         ends: number(4)..<max(number(4), number(5)), anyWord: shapeNumbers[at + 6])
        }
        wordEdges = stride(from: 0, to: wordNumbers.count, by: 2).map { Edge(key: wordNumbers[$0], child: wordNumbers[$0 + 1]) }
        prefixEdges = stride(from: 0, to: prefixNumbers.count, by: 2).map { Edge(key: prefixNumbers[$0], child: prefixNumbers[$0 + 1]) }
        endSets = try container.decode([Int32].self, forKey: .endSets)
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(shapes.flatMap { shape in
            [shape.words, shape.prefixes, shape.ends].flatMap { [Int32($0.lowerBound), Int32($0.upperBound)] } + [shape.anyWord]
        }, forKey: .shapes)
        try container.encode(wordEdges.flatMap { [$0.key, $0.child] }, forKey: .wordEdges)
        try container.encode(prefixEdges.flatMap { [$0.key, $0.child] }, forKey: .prefixEdges)
        try container.encode(endSets, forKey: .endSets)
    }

    /// Whether every range and number points inside the trie and the tables beside it (read back from a cache).
    func isValid(wordCount: Int, prefixCount: Int, setCount: Int) -> Bool {
        let nodes = shapes.count
        func inside(_ number: Int32, _ count: Int) -> Bool { number >= 0 && Int(number) < count }
        return nodes > 0
            && shapes.allSatisfy { shape in
                shape.words.upperBound <= wordEdges.count && shape.prefixes.upperBound <= prefixEdges.count
                    && shape.ends.upperBound <= endSets.count && shape.words.lowerBound >= 0 && shape.prefixes.lowerBound >= 0
                    && shape.ends.lowerBound >= 0 && (shape.anyWord == -1 || inside(shape.anyWord, nodes))
            }
            && wordEdges.allSatisfy { inside($0.key, wordCount) && inside($0.child, nodes) }
            && shapes.allSatisfy { shape in shape.words.dropFirst().allSatisfy { wordEdges[$0 - 1].key < wordEdges[$0].key } }
            && prefixEdges.allSatisfy { inside($0.key, prefixCount) && inside($0.child, nodes) }
            // The match walk's stack is sized for one child per `word*` stem: a node may not name a stem twice.
            && shapes.allSatisfy { shape in
                shape.prefixes.count < 2 || Set(shape.prefixes.map { prefixEdges[$0].key }).count == shape.prefixes.count
            }
            && endSets.allSatisfy { inside($0, setCount) }
    }
}
