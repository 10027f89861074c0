import Foundation

extension JSONEncoder {
    /// The JSON every command writes: indented, keys sorted (so output is stable), slashes left alone.
    public static func readable() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
