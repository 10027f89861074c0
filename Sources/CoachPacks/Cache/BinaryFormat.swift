/// A compact binary form of any `Codable` value, for caches this program writes and reads back itself:
/// each value a tag and its bytes; keyed containers keep their keys (so enums and dictionaries read back),
/// and every container its length, so a reader can step over what it does not ask for. Arrays of 32- and
/// 64-bit numbers are stored as raw little-endian words.
enum BinaryFormat {
    enum Tag: UInt8 {
        case null, no, yes, integer, real, text, keyed, unkeyed, int32s, uint64s
    }

    struct Problem: Error, CustomStringConvertible {
        var description: String
    }
}

/// The tree an encoder builds; written out once the value is complete.
final class EncodedNode {
    enum Kind { case value, keyed, unkeyed }

    var kind = Kind.value
    var bytes: [UInt8] = [BinaryFormat.Tag.null.rawValue]
    var keys: [String] = []
    var children: [EncodedNode] = []

    func write(into out: inout [UInt8]) {
        switch kind {
        case .value:
            out += bytes
        case .keyed, .unkeyed:
            out.append((kind == .keyed ? BinaryFormat.Tag.keyed : .unkeyed).rawValue)
            let lengthAt = out.count
            out += [0, 0, 0, 0]
            Self.append(UInt32(children.count), to: &out)
            for (index, child) in children.enumerated() {
                if kind == .keyed {
                    let key = Array(keys[index].utf8)
                    Self.append(UInt32(key.count), to: &out)
                    out += key
                }
                child.write(into: &out)
            }
            let length = UInt32(out.count - lengthAt - 4)
            withUnsafeBytes(of: length.littleEndian) { for (offset, byte) in $0.enumerated() { out[lengthAt + offset] = byte } }
        }
    }

    static func append<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out += $0 }
    }

    func set(_ tag: BinaryFormat.Tag, _ payload: [UInt8] = []) {
        kind = .value
        bytes = [tag.rawValue] + payload
    }

    func child(_ key: String?) -> EncodedNode {
        let node = EncodedNode()
        if let key { keys.append(key) }
        children.append(node)
        return node
    }
}
