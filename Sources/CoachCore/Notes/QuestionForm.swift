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

    /// How a note's text reads: a question or not, open or not. `tokens` are its words. One pass over the
    /// bytes; words are looked up by the hashes the tokenizer already took.
    public static func form(of text: String, tokens: [Tokenizer.Token]) -> Form {
        var scan = Scan(tokens: tokens)
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes {
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "+") {
                    scan.separator(isComma: byte == UInt8(ascii: ","))
                }
                if isSentenceEnd(byte) { scan.close(endingWithQuestionMark: byte == UInt8(ascii: "?")) }
                scan.offset += 1
            }
        }
        scan.close(endingWithQuestionMark: false)
        return scan.form
    }

    /// The note read sentence by sentence.
    private struct Scan {
        let tokens: [Tokenizer.Token]
        var form = Form(isQuestion: false, isOpen: false)
        var offset = 0
        private var tokenIndex = 0
        private var firstToken = 0
        private var sentenceOffset = 0
        private var firstComma = -1
        private var separators = 0

        init(tokens: [Tokenizer.Token]) { self.tokens = tokens }

        mutating func separator(isComma: Bool) {
            separators += 1
            if firstComma < 0, isComma { firstComma = offset }
        }

        mutating func close(endingWithQuestionMark: Bool) {
            while tokenIndex < tokens.count, tokens[tokenIndex].range.lowerBound < offset { tokenIndex += 1 }
            var words = Words(tokens[firstToken..<tokenIndex])
            if !endingWithQuestionMark, !words.asks, firstComma >= 0,
               let afterComma = tokens[firstToken..<tokenIndex].firstIndex(where: { $0.range.lowerBound > firstComma }) {
                // "for ur qc testing, how many batches do u run": a lead-in, then the question.
                words = Words(tokens[afterComma..<tokenIndex])
            }
            if (endingWithQuestionMark || words.asks) && !words.tells {
                form.isQuestion = true
                if tokenIndex - firstToken >= 3 { form.asksInFull = true }
                form.questions.append(sentenceOffset..<(offset + 1))
                if words.opensUp { form.isOpen = true }
            } else if tokenIndex > firstToken {
                form.hasStatement = true
                form.listSeparators = max(form.listSeparators, separators)
            }
            firstToken = tokenIndex
            sentenceOffset = offset + 1
            firstComma = -1
            separators = 0
        }
    }

    /// Whether a note asks something, for callers outside the rules engine.
    public static func isQuestion(_ note: Note) -> Bool {
        note.speaker != nil && form(of: note.text, tokens: Tokenizer.tokens(note.text)).isQuestion
    }

    private static func isSentenceEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "?") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: ";")
    }

    /// A sentence's words after its fillers and a greeting with its name ("hi dev, so how many ..."), looked
    /// up in `QuestionWords`.
    private struct Words {
        /// The first words after fillers and a greeting, as numbers in `QuestionWords` (-1 for others): an
        /// opening is never longer than this.
        private var first: [Int32] = []

        init(_ tokens: ArraySlice<Tokenizer.Token>) {
            var start = tokens.startIndex
            func number(_ index: Int) -> Int32 {
                index < tokens.endIndex ? QuestionWords.table.number(of: tokens[index]) ?? -1 : -1
            }
            while QuestionWords.is(number(start), .filler) { start += 1 }
            if QuestionWords.is(number(start), .greeting), start + 1 < tokens.endIndex, !QuestionWords.is(number(start + 1), .asking) {
                start += 2
                while QuestionWords.is(number(start), .filler) { start += 1 }
            }
            first = (start..<min(start + 3, tokens.endIndex)).map(number)
        }

        private func word(_ index: Int) -> Int32 { index < first.count ? first[index] : -1 }

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

        private func startsWithAny(_ openings: [[Int32]]) -> Bool {
            openings.contains { opening in opening.count <= first.count && zip(opening, first).allSatisfy { $0 == $1 } }
        }
    }
}
