/// The phrase test several kinds share: one of `phrases`, and one of `with` too when it has any, and
/// none of `exceptions`. The span runs from the first of the two matches to the end of the last.
struct PhraseTest {
    let phrases: PhraseMatcher.SetID?
    let with: PhraseMatcher.SetID?
    let exceptions: PhraseMatcher.SetID?

    init(_ sets: [PhraseMatcher.SetID?], from first: Int) {
        phrases = sets[first]
        with = sets[first + 1]
        exceptions = sets[first + 2]
    }

    func span(in matches: PhraseMatcher.Matches) -> Range<Int>? {
        guard let span = matches.span(phrases), !matches.contains(exceptions) else { return nil }
        guard with != nil else { return span }
        guard let other = matches.span(with) else { return nil }
        return min(span.lowerBound, other.lowerBound)..<max(span.upperBound, other.upperBound)
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
