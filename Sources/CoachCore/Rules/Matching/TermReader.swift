/// Reads notes into terms for one pack. Each distinct typed word is read once (normalised, stemmed,
/// corrected when it is a slip of a pack word) and remembered, so a call costs a table lookup a word.
public final class TermReader {
    /// Distinct words remembered; past this, words are read afresh each time (a bound on memory for
    /// files with endless vocabularies, such as generated or hostile ones).
    static let memoryLimit = 1 << 16

    private struct Reading {
        var stem: String
        var number: Int32
        var prefixes: [Int32]
        var isTopic: Bool
    }

    private let matcher: PhraseMatcher
    private var seen = WordTable()
    private var readings: [[Reading]] = []
    public private(set) var tokens: [Tokenizer.Token] = []
    public private(set) var terms = NoteTerms()

    public init(matcher: PhraseMatcher) { self.matcher = matcher }

    /// Reads a note's text; its words are then in `tokens` and `terms` until the next note.
    public func read(_ text: String) {
        Tokenizer.collect(text, into: &tokens)
        // Filled as a local and swapped back: one access to the property a note, not one a word.
        var read = NoteTerms()
        swap(&read, &terms)
        read.removeAll()
        for token in tokens {
            if let known = seen.number(of: token) {
                Self.append(readings[Int(known)], range: token.range, to: &read)
            } else {
                let fresh = readings(of: token.word)
                if readings.count < Self.memoryLimit {
                    seen.insert(token)
                    readings.append(fresh)
                }
                Self.append(fresh, range: token.range, to: &read)
            }
        }
        swap(&read, &terms)
    }

    private static func append(_ wordReadings: [Reading], range: Range<Int>, to terms: inout NoteTerms) {
        for reading in wordReadings {
            let start = terms.prefixNumbers.count
            if !reading.prefixes.isEmpty { terms.prefixNumbers += reading.prefixes }
            terms.terms.append(NoteTerms.Term(stem: reading.stem, number: reading.number, range: range, isTopic: reading.isTopic,
                                              prefixes: start..<terms.prefixNumbers.count))
        }
    }

    private func readings(of word: String) -> [Reading] {
        matcher.normaliser.surfaces(of: word).map { surface in
            let stem = matcher.normaliser.stem(surface)
            let prefixes = matcher.prefixes.isEmpty ? [] : matcher.prefixes.stems(startingWith: surface)
            if let number = matcher.words.number(of: stem) {
                return Reading(stem: stem, number: number, prefixes: prefixes, isTopic: ContentWords.isTopic(stem))
            }
            if !matcher.normaliser.isExact(surface), let corrected = matcher.slips.correction(of: stem, in: matcher.words) {
                let word = matcher.words.words[Int(corrected)]
                return Reading(stem: word, number: corrected, prefixes: prefixes, isTopic: ContentWords.isTopic(word))
            }
            return Reading(stem: stem, number: -1, prefixes: prefixes, isTopic: ContentWords.isTopic(stem))
        }
    }
}
