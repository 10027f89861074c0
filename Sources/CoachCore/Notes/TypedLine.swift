/// A line typed on a call screen, read as a note: a command (`/need ...`), a line with a speaker prefix
/// (`c: ...`), or a line by the speaker the input's label shows.
public enum TypedLine {
    /// Why a typed line is not a note, in words for the coach line.
    public struct Refusal: Error, Equatable {
        public var message: String
    }

    public static func note(_ typed: String, speaker: Speaker, elapsed: Int?) -> Result<Note, Refusal> {
        if typed.hasPrefix("/") {
            let parsed = NotesParser.parse(typed)
            if let error = parsed.diagnostics.first { return .failure(Refusal(message: error.message)) }
            guard let body = parsed.document.notes.first?.body else { return .failure(Refusal(message: "nothing to save")) }
            return .success(Note(elapsed: elapsed, body: body))
        }
        if let (prefixed, text) = SpeakerPrefix.split(typed) { return .success(.said(prefixed, text, at: elapsed)) }
        return .success(.said(speaker, typed, at: elapsed))
    }

    /// The note as the rep would type it again to fix it: the words of what was said, or the command.
    public static func editable(_ note: Note) -> String {
        if case .said(_, let text) = note.body { return text }
        var untimed = note
        untimed.elapsed = nil
        return NotesWriter.line(for: untimed)
    }
}
