import CoachCore

/// Random but valid call notes, for property tests and benchmarks.
public enum RandomNotes {
    static let pieces = [
        "how", "has", "the", "season", "been", "?", "sales", "are", "flat", ".", "our", "platform", "#1", "/x",
        "[00:01]", "me:", "c:", "---", "café", "日本語", "👍🏽", "e\u{301}", "!", ",", "pricing", "quarter", "'",
        "\"", "\t", "：", "private:",
    ]

    public static func document<R: RandomNumberGenerator>(using random: inout R) -> NotesDocument {
        var frontMatter = FrontMatter()
        if Bool.random(using: &random) { frontMatter["account"] = text(using: &random) }
        if Bool.random(using: &random) { frontMatter["contact"] = text(using: &random) }
        let count = Int.random(in: 0...20, using: &random)
        var elapsed = 0
        let notes = (0..<count).map { _ -> Note in
            elapsed += Int.random(in: 0...400, using: &random)
            return Note(elapsed: Bool.random(using: &random) ? elapsed : nil, body: body(using: &random))
        }
        return NotesDocument(frontMatter: frontMatter, notes: notes)
    }

    static func body<R: RandomNumberGenerator>(using random: inout R) -> NoteBody {
        switch Int.random(in: 0..<8, using: &random) {
        case 0, 1: .said(.me, text(using: &random))
        case 2, 3: .said(.customer, text(using: &random))
        case 4: .said(.observation, text(using: &random))
        case 5: .stage(Stage.allCases.randomElement(using: &random)!)
        case 6: .need(text(using: &random))
        default: Bool.random(using: &random) ? .nextStep(text(using: &random)) : .mark(Bool.random(using: &random) ? "" : text(using: &random))
        }
    }

    /// Text as the parser leaves it: one line, trimmed, not empty.
    public static func text<R: RandomNumberGenerator>(using random: inout R) -> String {
        let count = Int.random(in: 1...12, using: &random)
        let joined = (0..<count).map { _ in pieces.randomElement(using: &random)! }
            .joined(separator: Bool.random(using: &random) ? " " : "")
        let trimmed = joined.trimmingCharacters(in: [" ", "\t"])
        return trimmed.isEmpty ? "x" : trimmed
    }
}

private extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var view = self[...]
        while let first = view.first, set.contains(first) { view = view.dropFirst() }
        while let last = view.last, set.contains(last) { view = view.dropLast() }
        return String(view)
    }
}
