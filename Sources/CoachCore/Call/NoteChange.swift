/// A correction to a call's saved notes: a note's text or speaker changed, a note taken out, or one put
/// back. Each knows its inverse, so the last change can be undone.
public enum NoteChange: Equatable, Sendable {
    case replace(at: Int, old: Note, new: Note)
    case remove(at: Int, note: Note)
    case insert(at: Int, note: Note)

    /// The place in the call of the note changed.
    public var position: Int {
        switch self {
        case .replace(let position, _, _), .remove(let position, _), .insert(let position, _): position
        }
    }

    /// The change that puts the notes back as they were.
    public var inverse: NoteChange {
        switch self {
        case .replace(let position, let old, let new): .replace(at: position, old: new, new: old)
        case .remove(let position, let note): .insert(at: position, note: note)
        case .insert(let position, let note): .remove(at: position, note: note)
        }
    }

    /// The note before and after the change (nil where there is none), for the record kept of it.
    public var notes: (before: Note?, after: Note?) {
        switch self {
        case .replace(_, let old, let new): (old, new)
        case .remove(_, let note): (note, nil)
        case .insert(_, let note): (nil, note)
        }
    }

    /// One word for the record: `edit`, `delete` or `insert`.
    public var action: String {
        switch self {
        case .replace: "edit"
        case .remove: "delete"
        case .insert: "insert"
        }
    }

    /// The notes with the change made.
    public func applied(to notes: [Note]) -> [Note] {
        var notes = notes
        switch self {
        case .replace(let position, _, let new): notes[position] = new
        case .remove(let position, _): notes.remove(at: position)
        case .insert(let position, let note): notes.insert(note, at: min(position, notes.count))
        }
        return notes
    }
}
