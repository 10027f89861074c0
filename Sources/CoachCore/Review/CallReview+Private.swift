/// The rep's private notes (notes to self) in a review written for others: a CRM note, a report.
extension CallReview {
    /// The review with the words of every private note left out. The notes keep their places and their
    /// flags still count, but neither the note nor the words that raised a flag on it are shown.
    public func leavingOutPrivateNotes() -> CallReview {
        var copy = self
        copy.notes = notes.map { note in
            note.speaker == .observation ? Note(elapsed: note.elapsed, body: .said(.observation, "")) : note
        }
        copy.flags = flags.map { flag in
            var flag = flag
            if notes.indices.contains(flag.noteIndex), notes[flag.noteIndex].speaker == .observation { flag.evidence = "" }
            return flag
        }
        copy.privateNotesLeftOut = true
        return copy
    }

    public var privateNoteCount: Int { notes.filter { $0.speaker == .observation }.count }

    /// How a report says what it did with the private notes; nil when the call has none.
    public var privateNotesText: String? {
        let count = privateNoteCount
        guard count > 0 else { return nil }
        return privateNotesLeftOut ? "\(Count.of(count, "private note")) left out (--include-private keeps them)."
                                   : "\(Count.of(count, "private note")) included, each marked 'private note'."
    }
}
