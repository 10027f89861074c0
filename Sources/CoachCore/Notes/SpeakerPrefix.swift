/// The `name:` prefixes that say who a note is about.
public enum SpeakerPrefix {
    /// Prefixes read as each speaker; the first is the one the writer uses.
    public static let prefixes: [(String, Speaker)] = [
        ("me", .me), ("c", .customer), ("them", .customer), ("customer", .customer), ("private", .observation),
    ]

    static func speaker(for lowercasedOrNot: UnsafeBufferPointer<UInt8>) -> Speaker? {
        for (prefix, speaker) in prefixes where prefix.utf8.count == lowercasedOrNot.count {
            if zip(prefix.utf8, lowercasedOrNot).allSatisfy({ $0 == ($1 | 0x20) }) { return speaker }
        }
        return nil
    }

    /// Reads a typed prefix from the live input line ("c: Sales are flat" → customer, "Sales are flat").
    public static func split(_ typed: String) -> (Speaker, String)? {
        let result = NotesParser.parse(typed)
        guard result.diagnostics.isEmpty, result.document.notes.count == 1,
              case .said(let speaker, let text) = result.document.notes[0].body else { return nil }
        let lowered = typed.lowercased()
        guard prefixes.contains(where: { lowered.hasPrefix($0.0 + ":") }) else { return nil }
        return (speaker, text)
    }
}
