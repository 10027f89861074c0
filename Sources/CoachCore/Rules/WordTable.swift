/// Word → number lookup keyed by `WordHash`: open addressing, so a token whose hash is already known is
/// found without hashing it again.
public struct WordTable: Sendable, Codable {
    private var slots: [Int32] = Array(repeating: -1, count: 16)
    private var hashes: [UInt64] = []
    public private(set) var words: [String] = []

    public init() {}

    public init(_ words: some Sequence<String>) {
        for word in words { _ = number(for: word) }
    }

    public var count: Int { words.count }

    /// Whether the slots, hashes and words agree (read back from a cache).
    func isValid() -> Bool {
        slots.count.nonzeroBitCount == 1 && hashes.count == words.count && words.count * 2 <= slots.count
            && slots.allSatisfy { $0 >= -1 && Int($0) < words.count }
            && zip(words, hashes).allSatisfy { WordHash.of($0) == $1 }
    }

    public func number(of token: Tokenizer.Token) -> Int32? { find(token.word, hash: token.hash) }

    public func number(of word: String) -> Int32? { find(word, hash: WordHash.of(word)) }

    public func contains(_ word: String) -> Bool { number(of: word) != nil }

    /// The word's number, adding it when new.
    @discardableResult
    public mutating func number(for word: String) -> Int32 { number(for: word, hash: WordHash.of(word)) }

    @inline(__always)
    private func find(_ word: String, hash: UInt64) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let number = Int(slots[slot])
            if hashes[number] == hash, words[number] == word { return slots[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    @discardableResult
    private mutating func number(for word: String, hash: UInt64) -> Int32 {
        if let number = find(word, hash: hash) { return number }
        words.append(word)
        hashes.append(hash)
        if words.count * 2 > slots.count { rehash(capacity: slots.count * 2) } else { place(Int32(words.count - 1)) }
        return Int32(words.count - 1)
    }

    private mutating func rehash(capacity: Int) {
        slots = Array(repeating: -1, count: capacity)
        for number in words.indices { place(Int32(number)) }
    }

    private mutating func place(_ number: Int32) {
        var slot = Int(truncatingIfNeeded: hashes[Int(number)]) & (slots.count - 1)
        while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = number
    }
}
