/// A note's words as the rules read them: each typed word's stems (several for shorthand such as "eoq"),
/// with where the typed word is in the note.
public struct NoteTerms: Sendable {
    public struct Term: Sendable, Equatable {
        /// The word as matched: lower case, apostrophes dropped, shorthand spelled out, inflection taken off.
        public var stem: String
        /// The stem's number in the pack's words; -1 when no phrase uses it.
        public var number: Int32
        /// UTF-8 range of the typed word in the note.
        public var range: Range<Int>
        /// Whether the word carries a topic rather than the glue of a sentence (`ContentWords`).
        public var isTopic: Bool
        var prefixes: Range<Int>
    }

    public internal(set) var terms: [Term] = []
    /// The `word*` stems each term starts with, as ranges of this.
    var prefixNumbers: [Int32] = []

    public init() {}

    public var count: Int { terms.count }
    public var isEmpty: Bool { terms.isEmpty }

    func prefixes(of position: Int) -> ArraySlice<Int32> { prefixNumbers[terms[position].prefixes] }

    mutating func removeAll() {
        terms.removeAll(keepingCapacity: true)
        prefixNumbers.removeAll(keepingCapacity: true)
    }
}
