/// A note's words as the rules read them: each typed word's stems (several for shorthand such as "eoq"),
/// with where the typed word is in the note.
public struct NoteTerms: Sendable {
    struct Term: Sendable {
        /// The word as matched (lower case, apostrophes dropped, shorthand spelled out, inflection taken
        /// off), as its number in the call's `StemTable`.
        var stem: Int32
        /// The stem's number in the pack's words; -1 when no phrase uses it.
        var number: Int32
        /// UTF-8 range of the typed word in the note.
        var range: Range<Int>
        var traits: StemTable.Traits
        /// The `word*` stems the typed word starts with, as a range of the lexicon's `prefixNumbers`.
        var prefixes: Range<Int32>

        var isTopic: Bool { traits.contains(.topic) }
    }

    var terms: [Term] = []

    public init() {}

    public var count: Int { terms.count }
    public var isEmpty: Bool { terms.isEmpty }

    /// The distinct topic stems, in order, into `topics` (emptied first).
    func topics(into topics: inout [Int32]) {
        topics.removeAll(keepingCapacity: true)
        for term in terms where term.isTopic && !topics.contains(term.stem) { topics.append(term.stem) }
    }
}
