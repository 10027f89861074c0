/// Writes a `Codable` value in `BinaryFormat`.
enum BinaryEncoder {
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let root = EncodedNode()
        try NodeEncoder(root).put(value)
        var out: [UInt8] = []
        root.write(into: &out)
        return out
    }
}

private struct NodeEncoder: Encoder {
    let node: EncodedNode
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ node: EncodedNode) { self.node = node }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.kind = .keyed
        return KeyedEncodingContainer(Keyed<Key>(node: node))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        node.kind = .unkeyed
        return Unkeyed(node: node)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { Single(node: node) }

    /// Numbers, text and truth values as themselves; arrays of words raw; anything else by its own coding.
    /// Types are told apart by their exact type, not by casting (which could read a number as a truth value).
    func put<T: Encodable>(_ value: T) throws {
        if let text = value as? String, T.self == String.self {
            let utf8 = Array(text.utf8)
            node.set(.text, Self.bytes(UInt32(utf8.count)) + utf8)
        } else if T.self == Bool.self, let flag = value as? Bool {
            node.set(flag ? .yes : .no)
        } else if T.self == Double.self, let number = value as? Double {
            node.set(.real, Self.bytes(number.bitPattern))
        } else if T.self == Float.self, let number = value as? Float {
            node.set(.real, Self.bytes(Double(number).bitPattern))
        } else if T.self == [Int32].self, let words = value as? [Int32] {
            node.set(.int32s, Self.bytes(UInt32(words.count)) + words.flatMap { Self.bytes($0) })
        } else if T.self == [UInt64].self, let words = value as? [UInt64] {
            node.set(.uint64s, Self.bytes(UInt32(words.count)) + words.flatMap { Self.bytes($0) })
        } else if let number = Self.integer(value) {
            guard let exact = number else { throw BinaryFormat.Problem(description: "a number out of range") }
            node.set(.integer, Self.bytes(exact))
        } else {
            try value.encode(to: self)
        }
    }

    /// The integer types `BinaryDecoder` reads, by exact type; nil for any other type, .some(nil) when out of range.
    static func integer<T>(_ value: T) -> Int64?? {
        switch value {
        case let number as Int where T.self == Int.self: Int64(exactly: number)
        case let number as Int32 where T.self == Int32.self: Int64(exactly: number)
        case let number as Int64 where T.self == Int64.self: number
        case let number as UInt64 where T.self == UInt64.self: Int64(exactly: number)
        case let number as UInt32 where T.self == UInt32.self: Int64(exactly: number)
        case let number as UInt8 where T.self == UInt8.self: Int64(exactly: number)
        default: nil
        }
    }

    static func bytes<I: FixedWidthInteger>(_ value: I) -> [UInt8] {
        var out: [UInt8] = []
        EncodedNode.append(value, to: &out)
        return out
    }
}

private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodedNode
    var codingPath: [CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { _ = node.child(key.stringValue) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try NodeEncoder(node.child(key.stringValue)).put(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node.child(key.stringValue)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        NodeEncoder(node.child(key.stringValue)).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder { NodeEncoder(node.child("super")) }
    mutating func superEncoder(forKey key: Key) -> Encoder { NodeEncoder(node.child(key.stringValue)) }
}

private struct Unkeyed: UnkeyedEncodingContainer {
    let node: EncodedNode
    var codingPath: [CodingKey] { [] }
    var count: Int { node.children.count }

    mutating func encodeNil() throws { _ = node.child(nil) }
    mutating func encode<T: Encodable>(_ value: T) throws { try NodeEncoder(node.child(nil)).put(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node.child(nil)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer { NodeEncoder(node.child(nil)).unkeyedContainer() }
    mutating func superEncoder() -> Encoder { NodeEncoder(node.child(nil)) }
}

private struct Single: SingleValueEncodingContainer {
    let node: EncodedNode
    var codingPath: [CodingKey] { [] }

    mutating func encodeNil() throws { node.set(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { try NodeEncoder(node).put(value) }
}
