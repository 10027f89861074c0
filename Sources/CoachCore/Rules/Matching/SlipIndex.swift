/// Finds the pack word a long typed word was meant to be when one slip of the fingers lies between them:
/// two letters swapped ("rememebr"), one dropped ("relly") or one doubled ("comitment"). A letter typed
/// for another is not a slip it corrects: "contrast" is a word of its own, not a mistyped "contract".
struct SlipIndex: Sendable, Codable {
    /// Words at least this long are corrected; shorter ones are too often other words.
    static let minimumLength = 6
    /// The hash of each pack word with one letter taken out, sorted, and beside each the word it came from.
    /// Words are found by hash and then checked letter by letter, so two deletions sharing a hash only
    /// add a candidate that the check turns down.
    private var deletionHashes: [UInt64] = []
    private var deletionWords: [Int32] = []

    init(_ words: WordTable) {
        var pairs: [(UInt64, Int32)] = []
        for (number, word) in words.words.enumerated() where word.utf8.count >= Self.minimumLength - 1 && word.utf8.allSatisfy({ $0 < 0x80 }) {
            for hash in Self.deletionHashes(of: Array(word.utf8)) { pairs.append((hash, Int32(number))) }
        }
        pairs.sort { $0 < $1 }
        deletionHashes = pairs.map(\.0)
        deletionWords = pairs.map(\.1)
    }

    /// Whether every word number is one of the `wordCount` words and the hashes are in order (read back from a cache).
    func isValid(wordCount: Int) -> Bool {
        deletionHashes.count == deletionWords.count && deletionWords.allSatisfy { $0 >= 0 && Int($0) < wordCount }
            && zip(deletionHashes, deletionHashes.dropFirst()).allSatisfy { $0 <= $1 }
    }

    /// The one pack word `stem` is a slip away from; nil when none or more than one is.
    func correction(of stem: String, in words: WordTable) -> Int32? {
        let typed = Array(stem.utf8)
        guard typed.count >= Self.minimumLength, typed.allSatisfy({ $0 < 0x80 }) else { return nil }
        var candidates = Set(self.words(deletedTo: WordHash.of(stem)))
        for index in typed.indices {
            var shorter = typed
            shorter.remove(at: index)
            let deletion = String(decoding: shorter, as: UTF8.self)
            if let number = words.number(of: deletion) { candidates.insert(number) }
            candidates.formUnion(self.words(deletedTo: WordHash.of(deletion)))
        }
        let slips = candidates.filter { Self.isSlip(typed, Array(words.words[Int($0)].utf8)) }
        return slips.count == 1 ? slips.first : nil
    }

    private func words(deletedTo hash: UInt64) -> ArraySlice<Int32> {
        var low = 0
        var high = deletionHashes.count
        while low < high {
            let middle = (low + high) / 2
            if deletionHashes[middle] < hash { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < deletionHashes.count, deletionHashes[end] == hash { end += 1 }
        return deletionWords[low..<end]
    }

    private static func deletionHashes(of letters: [UInt8]) -> Set<UInt64> {
        Set(letters.indices.map { skipped in
            var hash = WordHash.seed
            for (index, letter) in letters.enumerated() where index != skipped { hash = WordHash.step(hash, letter) }
            return hash
        })
    }

    /// Two neighbouring letters swapped, or one letter more or fewer.
    static func isSlip(_ typed: [UInt8], _ word: [UInt8]) -> Bool {
        if typed.count == word.count {
            guard let first = typed.indices.first(where: { typed[$0] != word[$0] }), first + 1 < typed.count else { return false }
            return typed[first] == word[first + 1] && typed[first + 1] == word[first]
                && typed[(first + 2)...] == word[(first + 2)...]
        }
        let (longer, shorter) = typed.count > word.count ? (typed, word) : (word, typed)
        guard longer.count == shorter.count + 1 else { return false }
        let first = shorter.indices.first { shorter[$0] != longer[$0] } ?? shorter.count
        return longer[(first + 1)...].elementsEqual(shorter[first...])
    }
}
