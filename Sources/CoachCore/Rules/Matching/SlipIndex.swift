/// Finds the pack word a long typed word was meant to be when one slip of the fingers lies between them:
/// two letters swapped ("rememebr"), one dropped ("relly") or one doubled ("comitment"). A letter typed
/// for another is not a slip it corrects: "contrast" is a word of its own, not a mistyped "contract".
struct SlipIndex: Sendable {
    /// Words at least this long are corrected; shorter ones are too often other words.
    static let minimumLength = 6
    /// Each pack word with one letter taken out, to the words it came from.
    private var deletions: [String: [Int32]] = [:]

    init(_ words: WordTable) {
        for (number, word) in words.words.enumerated() where word.utf8.count >= Self.minimumLength - 1 && word.utf8.allSatisfy({ $0 < 0x80 }) {
            for deletion in Self.deletions(of: Array(word.utf8)) { deletions[deletion, default: []].append(Int32(number)) }
        }
    }

    /// The one pack word `stem` is a slip away from; nil when none or more than one is.
    func correction(of stem: String, in words: WordTable) -> Int32? {
        let typed = Array(stem.utf8)
        guard typed.count >= Self.minimumLength, typed.allSatisfy({ $0 < 0x80 }) else { return nil }
        var candidates = Set(deletions[stem] ?? [])
        for deletion in Self.deletions(of: typed) {
            if let number = words.number(of: deletion) { candidates.insert(number) }
            for number in deletions[deletion] ?? [] { candidates.insert(number) }
        }
        let slips = candidates.filter { Self.isSlip(typed, Array(words.words[Int($0)].utf8)) }
        return slips.count == 1 ? slips.first : nil
    }

    private static func deletions(of letters: [UInt8]) -> Set<String> {
        Set(letters.indices.map { index in
            var shorter = letters
            shorter.remove(at: index)
            return String(decoding: shorter, as: UTF8.self)
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
