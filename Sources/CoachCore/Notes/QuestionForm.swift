/// Tells questions by their form, as a rep typing fast writes them: a `?`, or a sentence that starts the
/// way questions do ("whats slowing it down", "did i get that right"). Open questions (which invite the
/// customer to talk) start with what, how, why, tell me, walk me through and the like.
public enum QuestionForm {
    public struct Form: Sendable, Equatable {
        public var isQuestion: Bool
        public var isOpen: Bool
        /// UTF-8 ranges of the sentences that ask, so a rule can tell a pitch from a question in one note.
        public var questions: [Range<Int>] = []
        /// Whether a sentence of words says something rather than asks.
        public var hasStatement = false
        /// Whether a sentence of three words or more asks: a real question, not a "Really?" thrown in.
        public var asksInFull = false
        /// The most commas, semicolons and pluses in one sentence that says something: the items of a list
        /// being read out, less one.
        public var listSeparators = 0

        public init(isQuestion: Bool, isOpen: Bool, questions: [Range<Int>] = [], hasStatement: Bool = false) {
            self.isQuestion = isQuestion
            self.isOpen = isOpen
            self.questions = questions
            self.hasStatement = hasStatement
        }

        /// Whether the byte at `offset` lies in a sentence that asks.
        public func asks(at offset: Int) -> Bool { questions.contains { $0.contains(offset) } }
    }

    /// A typed word as forms are read: where it starts, and its number in `QuestionWords` (-1 for others).
    struct Word: Sendable {
        var start: Int
        var number: Int32
    }

    /// How a note's text reads: a question or not, open or not. `tokens` are its words.
    public static func form(of text: String, tokens: [Tokenizer.Token]) -> Form {
        var form = Form(isQuestion: false, isOpen: false)
        var text = text
        text.withUTF8 { read($0, words: tokens.map { Word(start: $0.range.lowerBound, number: QuestionWords.table.number(of: $0) ?? -1) },
                             into: &form) }
        return form
    }

    /// Reads the form of a note's bytes, whose words are `words`, into `form` (whose storage is reused). One
    /// pass over the bytes.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, words: [Word], into form: inout Form) {
        var questions: [Range<Int>] = []
        swap(&questions, &form.questions)
        questions.removeAll(keepingCapacity: true)
        var scan = Scan(words: words, questions: consume questions)
        let punctuation = Self.punctuation
        for byte in bytes {
            if byte < 64, punctuation & (1 << UInt64(byte)) != 0 {
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "+") {
                    scan.separator(isComma: byte == UInt8(ascii: ","))
                }
                if isSentenceEnd(byte) { scan.close(endingWithQuestionMark: byte == UInt8(ascii: "?")) }
            }
            scan.offset += 1
        }
        scan.close(endingWithQuestionMark: false)
        form = scan.form
    }

    /// The note read sentence by sentence.
    private struct Scan {
        let words: [Word]
        var form: Form
        var offset = 0
        private var wordIndex = 0
        private var firstWord = 0
        private var sentenceOffset = 0
        private var firstComma = -1
        private var separators = 0

        init(words: [Word], questions: [Range<Int>]) {
            self.words = words
            form = Form(isQuestion: false, isOpen: false, questions: questions)
        }

        mutating func separator(isComma: Bool) {
            separators += 1
            if firstComma < 0, isComma { firstComma = offset }
        }

        mutating func close(endingWithQuestionMark: Bool) {
            while wordIndex < words.count, words[wordIndex].start < offset { wordIndex += 1 }
            var opening = Opening(words, from: firstWord, to: wordIndex)
            if !endingWithQuestionMark, !opening.asks, firstComma >= 0,
               let afterComma = (firstWord..<wordIndex).first(where: { words[$0].start > firstComma }) {
                // "for ur qc testing, how many batches do u run": a lead-in, then the question.
                opening = Opening(words, from: afterComma, to: wordIndex)
            }
            if (endingWithQuestionMark || opening.asks) && !opening.tells {
                form.isQuestion = true
                if wordIndex - firstWord >= 3 { form.asksInFull = true }
                form.questions.append(sentenceOffset..<(offset + 1))
                if opening.opensUp { form.isOpen = true }
            } else if wordIndex > firstWord {
                form.hasStatement = true
                form.listSeparators = max(form.listSeparators, separators)
            }
            firstWord = wordIndex
            sentenceOffset = offset + 1
            firstComma = -1
            separators = 0
        }
    }

    /// Whether a note asks something, for callers outside the rules engine.
    public static func isQuestion(_ note: Note) -> Bool {
        note.speaker != nil && form(of: note.text, tokens: Tokenizer.tokens(note.text)).isQuestion
    }

    /// The separators and sentence ends, one bit each (all are ASCII below 64): a byte of a word is passed
    /// over with one comparison.
    private static let punctuation: UInt64 = ([",", ";", "+", "?", ".", "!", ":", "\n"] as [Unicode.Scalar]).reduce(UInt64(0)) { bits, scalar in
        bits | 1 << UInt64(UInt8(ascii: scalar))
    }

    private static func isSentenceEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "?") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: ";")
    }

    /// The first words of a sentence after its fillers and a greeting with its name ("hi dev, so how many
    /// ..."), as numbers in `QuestionWords` (-1 for others): an opening is never longer than three words.
    private struct Opening {
        private let first: (Int32, Int32, Int32)
        private let count: Int

        init(_ words: [Word], from start: Int, to end: Int) {
            var start = start
            func number(_ index: Int) -> Int32 { index < end ? words[index].number : -1 }
            while QuestionWords.is(number(start), .filler) { start += 1 }
            if QuestionWords.is(number(start), .greeting), start + 1 < end, !QuestionWords.is(number(start + 1), .asking) {
                start += 2
                while QuestionWords.is(number(start), .filler) { start += 1 }
            }
            first = (number(start), number(start + 1), number(start + 2))
            count = max(0, min(3, end - start))
        }

        private func word(_ index: Int) -> Int32 {
            guard index < count else { return -1 }
            return index == 0 ? first.0 : index == 1 ? first.1 : first.2
        }

        /// A sentence without its `?` that still asks: a question word the way questions use it ("whats
        /// slowing it down", "how many ppl", "which brands do u carry"), a verb before its subject ("do you",
        /// "r u"), or an asking phrase ("any chance"). "When it was recalled, we ..." and "what worries me is
        /// ..." open statements.
        var asks: Bool {
            let first = word(0)
            guard first >= 0 else { return false }
            if QuestionWords.is(first, .asking) { return asksWith(first) }
            if QuestionWords.is(first, .auxiliary), QuestionWords.is(word(1), .subject) { return true }
            return startsWithAny(QuestionWords.askingOpenings)
        }

        private func asksWith(_ first: Int32) -> Bool {
            if QuestionWords.is(first, .contracted) || QuestionWords.is(word(1), .auxiliary) { return true }
            if first == QuestionWords.how, QuestionWords.is(word(1), .afterHow) { return true }
            return QuestionWords.is(first, .takesNoun) && !QuestionWords.is(word(1), .subject) && QuestionWords.is(word(2), .auxiliary)
        }

        var tells: Bool { startsWithAny(QuestionWords.tellingOpenings) }

        var opensUp: Bool { startsWithAny(QuestionWords.openOpenings) }

        private func startsWithAny(_ openings: [QuestionWords.Opening]) -> Bool {
            openings.contains { $0.count <= count && $0.starts(first) }
        }
    }
}
