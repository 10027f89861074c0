/// Every phrase of a rule pack compiled into one word trie. Matching a note walks the trie from each
/// word; each walk is bounded by the longest phrase, so the cost is linear in the note's length.
public struct PhraseMatcher: Sendable {
    /// A named group of phrases (one rule's triggers, or its exceptions).
    public typealias SetID = Int

    private struct Node: Sendable {
        var words: [String: Int] = [:]
        var prefixes: [(String, Int)] = []
        var anyWord: Int?
        var ends: [SetID] = []
    }

    private var nodes = [Node()]
    public private(set) var setCount = 0

    public init() {}

    /// Adds a group of phrases and returns the id its matches are reported under.
    public mutating func addSet(_ patterns: [PhrasePattern]) -> SetID {
        let id = setCount
        setCount += 1
        for pattern in patterns { insert(pattern, set: id) }
        return id
    }

    private mutating func insert(_ pattern: PhrasePattern, set: SetID) {
        var current = 0
        for piece in pattern.pieces {
            switch piece {
            case .word(let word):
                if let next = nodes[current].words[word] { current = next } else {
                    nodes.append(Node())
                    nodes[current].words[word] = nodes.count - 1
                    current = nodes.count - 1
                }
            case .prefix(let stem):
                if let next = nodes[current].prefixes.first(where: { $0.0 == stem })?.1 { current = next } else {
                    nodes.append(Node())
                    nodes[current].prefixes.append((stem, nodes.count - 1))
                    current = nodes.count - 1
                }
            case .anyWord:
                if let next = nodes[current].anyWord { current = next } else {
                    nodes.append(Node())
                    nodes[current].anyWord = nodes.count - 1
                    current = nodes.count - 1
                }
            }
        }
        if !nodes[current].ends.contains(set) { nodes[current].ends.append(set) }
    }

    /// Finds, for every phrase group, the first place in `tokens` where one of its phrases occurs.
    public func match(_ tokens: [Tokenizer.Token], into result: inout Matches) {
        result.reset(setCount: setCount)
        var stack: [(node: Int, position: Int)] = []
        for start in tokens.indices {
            stack.append((0, start))
            while let (nodeIndex, position) = stack.popLast() {
                let node = nodes[nodeIndex]
                for set in node.ends where result.spans[set] == nil {
                    result.record(set: set, span: tokens[start].range.lowerBound..<tokens[position - 1].range.upperBound)
                }
                guard position < tokens.count else { continue }
                let word = tokens[position].word
                if let next = node.words[word] { stack.append((next, position + 1)) }
                for (stem, next) in node.prefixes where word.hasPrefix(stem) { stack.append((next, position + 1)) }
                if let next = node.anyWord { stack.append((next, position + 1)) }
                result.steps += 1
            }
        }
    }

    /// The first match of each phrase group in one note: UTF-8 ranges into the note's text.
    public struct Matches: Sendable {
        public private(set) var spans: [Range<Int>?] = []
        /// Trie steps taken, to show matching stays linear.
        public internal(set) var steps = 0

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
