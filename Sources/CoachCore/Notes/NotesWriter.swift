import Foundation

/// Writes notes in the notes format, so that reading the result gives the same notes back.
public enum NotesWriter {
    public static func write(_ document: NotesDocument) -> String {
        var out = ""
        if !document.frontMatter.isEmpty {
            out += "---\n"
            for entry in document.frontMatter.entries {
                if FrontMatter.blockKeys.contains(entry.key) {
                    let indent = String(repeating: " ", count: FrontMatter.blockIndent)
                    // Blank lines at either end are not part of a block value when it is read back.
                    let value = entry.value.trimmingCharacters(in: .newlines)
                    out += "\(entry.key):\n" + value.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { $0.isEmpty ? "\n" : indent + oneLine(String($0)) + "\n" }.joined()
                } else {
                    out += "\(entry.key): \(oneLine(entry.value))\n"
                }
            }
            out += "---\n"
        }
        for note in document.notes { out += line(for: note) + "\n" }
        return out
    }

    public static func line(for note: Note) -> String {
        let stamp = note.elapsed.map { "[\(formatElapsed($0))] " } ?? ""
        return stamp + body(note.body)
    }

    /// `mm:ss` under an hour, `h:mm:ss` from then on.
    public static func formatElapsed(_ seconds: Int) -> String {
        let seconds = max(0, seconds)
        let (hours, minutes, secs) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(secs))" : "\(two(minutes)):\(two(secs))"
    }

    private static func body(_ body: NoteBody) -> String {
        switch body {
        case .said(.me, let text): "me: \(oneLine(text))"
        case .said(.customer, let text): "c: \(oneLine(text))"
        case .said(.observation, let text): needsPrivatePrefix(text) ? "private: \(oneLine(text))" : oneLine(text)
        case .stage(let stage): "/stage \(stage.rawValue)"
        case .need(let text): "/need \(oneLine(text))"
        case .nextStep(let text): "/next \(oneLine(text))"
        case .mark(let text): text.isEmpty ? "/mark" : "/mark \(oneLine(text))"
        }
    }

    /// An observation that would read back as something else (a comment, a command, a stamp, a prefix,
    /// a fence) gets the explicit `private:` prefix. The reader looks at bytes, so this does too: "#" with
    /// a combining accent is one character but still starts a comment.
    private static func needsPrivatePrefix(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first else { return true }
        if first == UInt8(ascii: "#") || first == UInt8(ascii: "/") || first == UInt8(ascii: "[") || utf8.starts(with: "---".utf8) {
            return true
        }
        let word = utf8.prefix { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        guard utf8.dropFirst(word.count).first == UInt8(ascii: ":") else { return false }
        return SpeakerPrefix.prefixes.contains { $0.0.utf8.elementsEqual(word.map { $0 | 0x20 }) }
    }

    /// Only what the reader takes for the end of a line is replaced: other line-like characters (a
    /// vertical tab, U+2028) are text to the reader, and stay as they are so they read back the same.
    private static func oneLine(_ text: String) -> String {
        let breaks: Set<Character> = ["\n", "\r", "\r\n"]
        guard text.contains(where: breaks.contains) else { return text }
        return String(text.map { breaks.contains($0) ? " " : $0 })
    }
}
