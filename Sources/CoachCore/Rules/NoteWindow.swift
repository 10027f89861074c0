/// The notes of a call from some note on: each one's text and the targets already flagged on it.
struct NoteWindow {
    /// How many notes are held before those no rule can reach are let go (twice as many as are left after
    /// letting go, so a rule that reaches far back costs no more than once per doubling).
    static let trimEvery = 1024

    private var texts: [String] = []
    /// A bit for each target (`RuleTarget.all`) flagged on the note.
    private var flagged: [UInt64] = []
    /// The index in the call of the first note held.
    private var first = 0
    private var trimAt = trimEvery

    init() { precondition(RuleTarget.all.count <= UInt64.bitWidth, "one bit a barrier or strength: \(RuleTarget.all.count) do not fit") }

    var needsTrim: Bool { texts.count >= trimAt }

    mutating func append(_ text: String) {
        texts.append(text)
        flagged.append(0)
    }

    func text(of note: Int) -> String { texts[note - first] }

    /// Marks `target` flagged on `note`; false when it already was.
    mutating func flag(_ target: Int, at note: Int) -> Bool {
        let bit = UInt64(1) << UInt64(target)
        guard flagged[note - first] & bit == 0 else { return false }
        flagged[note - first] |= bit
        return true
    }

    /// Lets go of the notes before `note`.
    mutating func dropNotes(before note: Int) {
        let count = min(max(0, note - first), texts.count)
        texts.removeFirst(count)
        flagged.removeFirst(count)
        first += count
        trimAt = max(Self.trimEvery, texts.count * 2)
    }
}
