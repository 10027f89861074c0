/// The phrase test several kinds share: one of `phrases`, and one of `with` too when it has any, and
/// none of `exceptions`. The span runs from the first of the two matches to the end of the last. A rule
/// that reads statements (or questions) only finds its phrase in a sentence of that form.
struct PhraseTest {
    let phrases: PhraseMatcher.SetID?
    let with: PhraseMatcher.SetID?
    let exceptions: PhraseMatcher.SetID?
    let form: RuleScope.Form

    init(_ inputs: CheckInputs, from first: Int) {
        phrases = inputs.sets[first]
        with = inputs.sets[first + 1]
        exceptions = inputs.sets[first + 2]
        form = inputs.form
    }

    func span(in context: NoteContext) -> Range<Int>? {
        let matches = context.matches
        guard let span = matches.span(phrases), isInForm(span, context), !matches.contains(exceptions) else { return nil }
        guard with != nil else { return span }
        guard let other = matches.span(with), isInForm(other, context) else { return nil }
        return min(span.lowerBound, other.lowerBound)..<max(span.upperBound, other.upperBound)
    }

    private func isInForm(_ span: Range<Int>, _ context: NoteContext) -> Bool {
        switch form {
        case .statement: !context.reading.form.asks(at: span.lowerBound)
        case .question: context.reading.form.asks(at: span.lowerBound)
        case .any: true
        }
    }
}

extension RuleSettings {
    /// `phrases` (required), `with` and `exceptions`, for kinds built on `PhraseTest`.
    mutating func phraseTest() -> (phrases: [PhrasePattern], with: [PhrasePattern], exceptions: [PhrasePattern])? {
        let phrases = phrases("phrases", required: true)
        let with = optionalPhrases("with")
        let exceptions = optionalPhrases("exceptions")
        guard let phrases, let with, let exceptions else { return nil }
        return (phrases, with, exceptions)
    }
}
