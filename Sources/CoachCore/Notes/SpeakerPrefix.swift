import Foundation

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
    /// Nil when the line has no known prefix, or nothing after it.
    public static func split(_ typed: String) -> (Speaker, String)? {
        guard let colon = typed.firstIndex(of: ":") else { return nil }
        let name = typed[..<colon].lowercased()
        guard let speaker = prefixes.first(where: { $0.0 == name })?.1 else { return nil }
        let text = typed[typed.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
        return text.isEmpty ? nil : (speaker, text)
    }
}
