/// What a terminal would act on rather than show: C0 controls other than the tab and the line feed, DEL,
/// and the C1 controls (U+0080 to U+009F; a terminal may take U+009B for the start of an escape sequence).
/// Every text SecondCall reads from a file (notes, rules, scenarios, plans) is checked against this one list
/// before any of it can reach a screen.
public enum ControlCharacters {
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
    }

    /// The first control character in UTF-8 `bytes`, as its offset and code, or nil when there is none.
    public static func first(in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, code: UInt32)? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if contains(Unicode.Scalar(byte)) { return (index, UInt32(byte)) }
            } else if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                return (index, UInt32(bytes[index + 1]))
            }
            index += 1
        }
        return nil
    }

    /// `text` with each control character read as a space.
    public static func printable(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { contains($0) ? " " : $0 }))
    }

    /// `U+001B`, as a message names a character.
    public static func name(_ code: UInt32) -> String {
        let hex = String(code, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
