/// The words typed in one call, each read once (normalised, stemmed, corrected when it is a slip of a pack
/// word) and remembered by its bytes: reading a note then costs a table lookup a word and makes no string.
struct Lexicon: Sendable {
    /// Distinct words remembered; past this, words are read afresh each time (a bound on memory for
    /// files with endless vocabularies, such as generated or hostile ones).
    static let memoryLimit = 1 << 16

    /// One term a typed word stands for (shorthand such as "eoq" stands for several).
    struct Reading: Sendable {
        var stem: Int32
        /// The stem's number in the pack's words; -1 when no phrase uses it.
        var number: Int32
        var traits: StemTable.Traits
        /// The `word*` stems the word starts with, as a range of `prefixNumbers`.
        var prefixes: Range<Int32>
    }

    /// A typed word: its terms, as a range of `readings`, and its number among question words (-1 for others).
    struct Entry: Sendable {
        var readings: Range<Int32>
        var questionWord: Int32
    }

    private(set) var stems = StemTable()
    private(set) var readings: [Reading] = []
    private(set) var prefixNumbers: [Int32] = []
    /// Open addressing over the words' hashes; each slot holds an entry's index, -1 when empty.
    private var slots = [Int32](repeating: -1, count: 256)
    private var entries: [Entry] = []
    private var hashes: [UInt64] = []
    /// Each entry's bytes, as a range of `bytes`.
    private var spellings: [Range<Int32>] = []
    private var bytes: [UInt8] = []
    /// Where the readings and prefixes of words read afresh (past the memory limit) start: they last one note.
    private var lastingReadings = 0
    private var lastingPrefixes = 0

    /// The entry of a typed word met before; nil for a new one (`learn` it).
    @inline(__always)
    func entry(for word: Tokenizer.ScannedWord) -> Entry? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: word.hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == word.hash, spells(index, word.bytes) { return entries[index] }
            slot = (slot + 1) & mask
        }
    }

    /// Lets go of the readings of words read afresh for the last note.
    mutating func forgetPassingWords() {
        guard readings.count > lastingReadings || prefixNumbers.count > lastingPrefixes else { return }
        readings.removeSubrange(lastingReadings...)
        prefixNumbers.removeSubrange(lastingPrefixes...)
    }

    private func spells(_ index: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let spelling = spellings[index]
        guard spelling.count == word.count else { return false }
        var at = Int(spelling.lowerBound)
        for byte in word {
            if bytes[at] != byte { return false }
            at += 1
        }
        return true
    }

    /// Reads a new word and remembers it (unless the memory limit is reached).
    mutating func learn(_ word: Tokenizer.ScannedWord, matcher: PhraseMatcher) -> Entry {
        let text = word.word
        let start = Int32(readings.count)
        for surface in matcher.normaliser.surfaces(of: text) { readings.append(reading(of: surface, matcher: matcher)) }
        let entry = Entry(readings: start..<Int32(readings.count), questionWord: QuestionWords.table.number(of: text) ?? -1)
        guard entries.count < Self.memoryLimit else { return entry }
        lastingReadings = readings.count
        lastingPrefixes = prefixNumbers.count
        entries.append(entry)
        hashes.append(word.hash)
        spellings.append(Int32(bytes.count)..<Int32(bytes.count + word.bytes.count))
        bytes += word.bytes
        if entries.count * 2 > slots.count { rehash(capacity: slots.count * 2) } else { place(entries.count - 1) }
        return entry
    }

    private mutating func reading(of surface: String, matcher: PhraseMatcher) -> Reading {
        var stem = matcher.normaliser.stem(surface)
        let prefixStart = Int32(prefixNumbers.count)
        if !matcher.prefixes.isEmpty { prefixNumbers += matcher.prefixes.stems(startingWith: surface) }
        let prefixes = prefixStart..<Int32(prefixNumbers.count)
        var number: Int32 = -1
        if let known = matcher.words.number(of: stem) {
            number = known
        } else if !matcher.normaliser.isExact(surface), let corrected = matcher.slips.correction(of: stem, in: matcher.words) {
            number = corrected
            stem = matcher.words.words[Int(corrected)]
        }
        let stemNumber = stems.number(for: stem)
        return Reading(stem: stemNumber, number: number, traits: stems.traits(of: stemNumber), prefixes: prefixes)
    }

    private mutating func rehash(capacity: Int) {
        slots = Array(repeating: -1, count: capacity)
        for index in entries.indices { place(index) }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[index]) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }
}
