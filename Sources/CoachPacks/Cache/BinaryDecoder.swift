/// Reads a value written by `BinaryEncoder`. Every length and offset is checked against the bytes, so a
/// damaged file is a thrown problem, never a crash.
enum BinaryDecoder {
    /// The value written at `range` of `bytes`, which it must fill.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], in range: Range<Int>) throws -> T {
        let decoder = NodeDecoder(Bytes(bytes), at: range.lowerBound)
        let value = try decoder.take(type)
        guard try decoder.bytes.end(of: range.lowerBound) == range.upperBound else { throw BinaryFormat.Problem(description: "bytes after the value") }
        return value
    }
}

/// The bytes read, with checked reads of the pieces of `BinaryFormat`.
final class Bytes {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func tag(at offset: Int) throws -> BinaryFormat.Tag {
        guard offset < bytes.count, let tag = BinaryFormat.Tag(rawValue: bytes[offset]) else { throw Self.damaged }
        return tag
    }

    func word<I: FixedWidthInteger>(_ type: I.Type, at offset: Int) throws -> I {
        let size = MemoryLayout<I>.size
        guard offset >= 0, offset + size <= bytes.count else { throw Self.damaged }
        var value = I.zero
        withUnsafeMutableBytes(of: &value) { target in
            bytes.withUnsafeBytes { source in target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + size)])) }
        }
        return I(littleEndian: value)
    }

    func length(at offset: Int) throws -> Int { Int(try word(UInt32.self, at: offset)) }

    /// The offset just past the value at `offset`.
    func end(of offset: Int) throws -> Int {
        let end: Int
        switch try tag(at: offset) {
        case .null, .no, .yes: end = offset + 1
        case .integer, .real: end = offset + 9
        case .text: end = offset + 5 + (try length(at: offset + 1))
        case .keyed, .unkeyed: end = offset + 5 + (try length(at: offset + 1))
        case .int32s: end = offset + 5 + 4 * (try length(at: offset + 1))
        case .uint64s: end = offset + 5 + 8 * (try length(at: offset + 1))
        }
        guard end <= bytes.count else { throw Self.damaged }
        return end
    }

    func text(at range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    func words<I: FixedWidthInteger>(_ type: I.Type, at offset: Int) throws -> [I] {
        let count = try length(at: offset + 1)
        let size = MemoryLayout<I>.size
        guard offset + 5 + count * size <= bytes.count else { throw Self.damaged }
        return [I](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { source in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: source[(offset + 5)..<(offset + 5 + count * size)]))
            }
            for index in 0..<count { buffer[index] = I(littleEndian: buffer[index]) }
            initialized = count
        }
    }

    static let damaged = BinaryFormat.Problem(description: "damaged")
}

struct NodeDecoder: Decoder {
    let bytes: Bytes
    let offset: Int
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ bytes: Bytes, at offset: Int) {
        self.bytes = bytes
        self.offset = offset
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard try bytes.tag(at: offset) == .keyed else { throw Bytes.damaged }
        let count = try bytes.length(at: offset + 5)
        var entries: [(key: Range<Int>, value: Int)] = []
        entries.reserveCapacity(count)
        var cursor = offset + 9
        for _ in 0..<count {
            let keyLength = try bytes.length(at: cursor)
            let key = (cursor + 4)..<(cursor + 4 + keyLength)
            entries.append((key, key.upperBound))
            cursor = try bytes.end(of: key.upperBound)
        }
        return KeyedDecodingContainer(KeyedReader<Key>(bytes: bytes, entries: entries))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard try bytes.tag(at: offset) == .unkeyed else { throw Bytes.damaged }
        return UnkeyedReader(bytes: bytes, count: try bytes.length(at: offset + 5), cursor: offset + 9)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { SingleReader(decoder: self) }

    func take<T: Decodable>(_ type: T.Type) throws -> T {
        let tag = try bytes.tag(at: offset)
        if T.self == String.self {
            guard tag == .text else { throw Bytes.damaged }
            let end = try bytes.end(of: offset)
            return bytes.text(at: (offset + 5)..<end) as! T
        }
        if T.self == Bool.self {
            guard tag == .yes || tag == .no else { throw Bytes.damaged }
            return (tag == .yes) as! T
        }
        if T.self == Double.self || T.self == Float.self {
            guard tag == .real else { throw Bytes.damaged }
            let value = Double(bitPattern: try bytes.word(UInt64.self, at: offset + 1))
            return (T.self == Double.self ? value as Any : Float(value) as Any) as! T
        }
        if T.self == [Int32].self {
            guard tag == .int32s else { throw Bytes.damaged }
            return try bytes.words(Int32.self, at: offset) as! T
        }
        if T.self == [UInt64].self {
            guard tag == .uint64s else { throw Bytes.damaged }
            return try bytes.words(UInt64.self, at: offset) as! T
        }
        if let integer = try self.integer(type, tag: tag) { return integer }
        return try T(from: self)
    }

    /// The integer types a pack holds, told apart by exact type: asking whether a type conforms to a
    /// protocol at run time costs more than reading the whole value.
    private func integer<T>(_ type: T.Type, tag: BinaryFormat.Tag) throws -> T? {
        func read<I: FixedWidthInteger>(_ type: I.Type) throws -> T {
            guard tag == .integer, let value = I(exactly: try bytes.word(Int64.self, at: offset + 1)) else { throw Bytes.damaged }
            return value as! T
        }
        if T.self == Int.self { return try read(Int.self) }
        if T.self == Int32.self { return try read(Int32.self) }
        if T.self == Int64.self { return try read(Int64.self) }
        if T.self == UInt64.self { return try read(UInt64.self) }
        if T.self == UInt32.self { return try read(UInt32.self) }
        if T.self == UInt8.self { return try read(UInt8.self) }
        return nil
    }
}

private struct KeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let bytes: Bytes
    let entries: [(key: Range<Int>, value: Int)]
    var codingPath: [CodingKey] { [] }

    var allKeys: [Key] { entries.compactMap { Key(stringValue: bytes.text(at: $0.key)) } }

    func contains(_ key: Key) -> Bool { find(key) != nil }

    private func find(_ key: Key) -> Int? {
        let wanted = key.stringValue.utf8
        return entries.first { $0.key.count == wanted.count && bytes.bytes[$0.key].elementsEqual(wanted) }?.value
    }

    private func node(_ key: Key) throws -> NodeDecoder {
        guard let offset = find(key) else { throw BinaryFormat.Problem(description: "no '\(key.stringValue)'") }
        return NodeDecoder(bytes, at: offset)
    }

    func decodeNil(forKey key: Key) throws -> Bool { try bytes.tag(at: try node(key).offset) == .null }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try node(key).take(type) }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let offset = find(key), try bytes.tag(at: offset) != .null else { return nil }
        return try NodeDecoder(bytes, at: offset).take(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try node(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer { try node(key).unkeyedContainer() }
    func superDecoder() throws -> Decoder { try node(Key(stringValue: "super")!) }
    func superDecoder(forKey key: Key) throws -> Decoder { try node(key) }
}

private struct UnkeyedReader: UnkeyedDecodingContainer {
    let bytes: Bytes
    let count: Int?
    var cursor: Int
    var currentIndex = 0
    var codingPath: [CodingKey] { [] }
    var isAtEnd: Bool { currentIndex >= count! }

    init(bytes: Bytes, count: Int, cursor: Int) {
        self.bytes = bytes
        self.count = count
        self.cursor = cursor
    }

    private mutating func next() throws -> NodeDecoder {
        guard !isAtEnd else { throw BinaryFormat.Problem(description: "past the end of a list") }
        let node = NodeDecoder(bytes, at: cursor)
        cursor = try bytes.end(of: cursor)
        currentIndex += 1
        return node
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, try bytes.tag(at: cursor) == .null else { return false }
        _ = try next()
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().take(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer { try next().unkeyedContainer() }
    mutating func superDecoder() throws -> Decoder { try next() }
}

private struct SingleReader: SingleValueDecodingContainer {
    let decoder: NodeDecoder
    var codingPath: [CodingKey] { [] }

    func decodeNil() -> Bool { (try? decoder.bytes.tag(at: decoder.offset)) == .null }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.take(type) }
}
