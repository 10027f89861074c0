/// Reads notes into terms for one pack, through the call's `Lexicon`: a word met before costs one lookup.
struct TermReader: Sendable {
    let matcher: PhraseMatcher
    private(set) var lexicon = Lexicon()
    private(set) var terms = NoteTerms()
    /// The note's typed words as question forms read them.
    private(set) var words: [QuestionForm.Word] = []

    init(matcher: PhraseMatcher) { self.matcher = matcher }

    var stems: StemTable { lexicon.stems }

    /// Reads a note's text; its words are then in `terms` and `words` until the next note.
    mutating func read(_ text: String) {
        var text = text
        text.withUTF8 { read($0) }
    }

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        lexicon.forgetPassingWords()
        terms.terms.removeAll(keepingCapacity: true)
        words.removeAll(keepingCapacity: true)
        Tokenizer.forEachWord(in: bytes) { word in
            let entry = lexicon.entry(for: word) ?? lexicon.learn(word, matcher: matcher)
            words.append(QuestionForm.Word(start: word.range.lowerBound, number: entry.questionWord))
            for index in entry.readings {
                let reading = lexicon.readings[Int(index)]
                terms.terms.append(NoteTerms.Term(stem: reading.stem, number: reading.number, range: word.range, traits: reading.traits,
                                                  prefixes: reading.prefixes))
            }
        }
    }
}
