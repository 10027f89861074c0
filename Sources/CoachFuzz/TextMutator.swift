/// Turns a valid document into a nearby broken one: the fuzz input picks a seed and then edits it
/// (bytes dropped, repeated, replaced by syntax that matters, invalid UTF-8 put in). Parsers see
/// mostly-valid files, where their bugs live.
enum TextMutator {
    /// Pieces that mean something to YAML or to the notes format, and bytes that are not UTF-8.
    static let tokens: [[UInt8]] = [
        ":", " ", "\n", "\r\n", "- ", "[", "]", "{", "}", "'", "\"", "#", "*", "&a", "*a", "!!str", "|", ">", "~", "null", "---",
        "me:", "c:", "private:", "/stage ", "/need ", "/next ", "/mark ", "[00:0", "[1:00:00] ", "?", "é", "日本", "👋🏽", "\u{301}",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3, 0x28], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0x00], [0x1B, 0x5B]]

    static func mutate(_ seeds: [String], with input: inout FuzzInput) -> [UInt8] {
        var bytes = Array(input.pick(seeds).utf8)
        let edits = input.number(below: 16)
        for _ in 0..<edits {
            let position = bytes.isEmpty ? 0 : input.number(below: bytes.count + 1)
            switch input.number(below: 5) {
            case 0: bytes.insert(contentsOf: input.pick(tokens), at: position)
            case 1: if position < bytes.count { bytes.removeSubrange(position..<min(bytes.count, position + 1 + input.number(below: 12))) }
            case 2: if position < bytes.count { bytes[position] = input.byte() }
            case 3:
                let length = min(bytes.count - position, input.number(below: 40))
                if length > 0 { bytes.insert(contentsOf: bytes[position..<(position + length)], at: position) }
            default: bytes.insert(input.byte(), at: position)
            }
        }
        return bytes
    }
}
