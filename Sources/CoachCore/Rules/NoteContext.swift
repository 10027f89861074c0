/// One note as a rule sees it: the note, its words, what phrases matched, how it reads, and the call's
/// facts so far (as they stood before this note). The engine keeps one and refills it note after note, so
/// reading a note copies no tables.
struct NoteContext {
    var index = 0
    var note = Note(body: .mark(""))
    /// The note's speaker, read once: every rule asks.
    var speaker: Speaker?
    /// The words read and remembered for the call: what `terms` are made of.
    var reader: TermReader
    var matches = PhraseMatcher.Matches()
    /// The distinct topic stems of the note, in order.
    var topics: [Int32] = []
    var facts = CallFacts()
    var reading = NoteReading()
    /// Who spoke last, and whether they asked the rep something about the rep's side ("how big are you?").
    private var previousSaid: (speaker: Speaker, asksAboutUs: Bool)?

    init(matcher: PhraseMatcher) { reader = TermReader(matcher: matcher) }

    var terms: NoteTerms { reader.terms }
    /// How many words the note has.
    var wordCount: Int { reader.words.count }
    var stems: StemTable { reader.stems }

    /// Reads the next note: its words, the phrases it holds, and how it reads.
    mutating func read(_ note: Note, at index: Int, pack: RulePack) {
        self.index = index
        self.note = note
        speaker = note.speaker
        var text = note.text
        text.withUTF8 { bytes in
            reader.read(bytes)
            if speaker == nil {
                matches.reset(setCount: pack.matcher.setCount)
            } else {
                pack.matcher.match(reader.terms, prefixNumbers: reader.lexicon.prefixNumbers, into: &matches)
            }
            readForm(bytes, pack: pack)
        }
        reader.terms.topics(into: &topics)
    }

    /// How the note reads; the storage of the last note's form is kept for this one's.
    private mutating func readForm(_ bytes: UnsafeBufferPointer<UInt8>, pack: RulePack) {
        var form = QuestionForm.Form(isQuestion: false, isOpen: false)
        swap(&form.questions, &reading.form.questions)
        form.questions.removeAll(keepingCapacity: true)
        reading = NoteReading()
        if let speaker {
            if speaker != .observation {
                QuestionForm.read(bytes, words: reader.words, into: &form)
                reading.isQuestion = form.isQuestion
                reading.isOpenQuestion = form.isOpen
                reading.answersQuestion = speaker == .me && previousSaid.map { $0.speaker == .customer && $0.asksAboutUs } == true
                previousSaid = (speaker, form.asksInFull && pack.reading.asksAboutUs(matches))
            } else {
                reading.isSelfReport = pack.reading.isSelfReport(reader.terms, matches: matches)
            }
        }
        reading.form = form
    }

    /// Counts the note just read into the call's facts, once every rule has seen it.
    mutating func recordFacts() {
        facts.record(note, words: wordCount, terms: terms, topics: topics, index: index, reading: reading)
    }
}
