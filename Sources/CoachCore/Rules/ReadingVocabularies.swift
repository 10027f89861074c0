/// The vocabularies that decide how a note reads, when a pack has them.
///
/// - `@first-person` and `@third-person` tell the rep's self-reports among private notes: a note in the
///   first person ("I froze"), or one that leaves its subject out the way reps write down what they did
///   ("talked 4 min about our roadmap"), is a self-report; one that opens on someone else ("she went
///   quiet", "the buyer checked his phone") is about the customer. Without them, only the first person
///   marks a self-report.
/// - `@purpose-question` tells a customer asking what the call is for ("what's this about?") from one
///   asking about us ("how big are you these days?", "what would it cost?"): only the rep's answer to the
///   second is an answer and not a pitch.
struct ReadingVocabularies: Sendable, Codable {
    static let names = ["first-person", "third-person", "purpose-question"]

    let firstPerson: PhraseMatcher.SetID?
    let thirdPerson: PhraseMatcher.SetID?
    let purposeQuestion: PhraseMatcher.SetID?

    init(vocabularies: Vocabularies, group: (([PhrasePattern]) -> PhraseMatcher.SetID?)) {
        func named(_ name: String) -> PhraseMatcher.SetID? {
            vocabularies[name].flatMap { _ in (try? PhrasePattern("@\(name)")).flatMap { group([$0]) } }
        }
        firstPerson = named(Self.names[0])
        thirdPerson = named(Self.names[1])
        purposeQuestion = named(Self.names[2])
    }

    func isSelfReport(_ terms: NoteTerms, matches: PhraseMatcher.Matches) -> Bool {
        if matches.contains(firstPerson) { return true }
        guard thirdPerson != nil, let first = terms.terms.first else { return false }
        return matches.span(thirdPerson)?.lowerBound != first.range.lowerBound
    }

    /// A customer's question the rep may answer about us: any but one asking what the call is for.
    func asksAboutUs(_ matches: PhraseMatcher.Matches) -> Bool {
        !matches.contains(purposeQuestion)
    }
}
