/// Word → number lookup for the matcher's vocabulary: open addressing on an FNV-1a hash of the UTF-8
/// bytes, cheaper than a `Dictionary` for the short words it holds.
struct WordTable: Sendable {
    private var slots: [Int32] = Array(repeating: -1, count: 16)
    private(set) var words: [String] = []

    var count: Int { words.count }

    subscript(word: String) -> Int32? {
        var slot = Int(Self.hash(word) & UInt64(slots.count - 1))
        while slots[slot] >= 0 {
            if words[Int(slots[slot])] == word { return slots[slot] }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// The word's number, adding it when new.
    mutating func number(for word: String) -> Int32 {
        if let number = self[word] { return number }
        words.append(word)
        if words.count * 2 > slots.count { rehash(capacity: slots.count * 2) } else { place(Int32(words.count - 1)) }
        return Int32(words.count - 1)
    }

    private mutating func rehash(capacity: Int) {
        slots = Array(repeating: -1, count: capacity)
        for number in words.indices { place(Int32(number)) }
    }

    private mutating func place(_ number: Int32) {
        var slot = Int(Self.hash(words[Int(number)]) & UInt64(slots.count - 1))
        while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = number
    }

    @inline(__always)
    private static func hash(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
