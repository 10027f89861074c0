/// The bytes of one fuzz input, read as the choices a target makes. Past the end every read is zero,
/// so any input, even an empty one, is a valid run.
public struct FuzzInput {
    private let bytes: [UInt8]
    private var offset = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public var isExhausted: Bool { offset >= bytes.count }

    public mutating func byte() -> UInt8 {
        defer { offset += 1 }
        return offset < bytes.count ? bytes[offset] : 0
    }

    /// A number below `bound` (bound must be above zero).
    public mutating func number(below bound: Int) -> Int {
        let value = Int(byte()) << 8 | Int(byte())
        return value % bound
    }

    public mutating func pick<T>(_ choices: [T]) -> T { choices[number(below: choices.count)] }
}

/// SplitMix64: a small, fast generator with a seed, so a run of random inputs (fuzzing, property tests) can
/// be repeated exactly.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    public mutating func bytes(count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: 0...255, using: &self) }
    }
}

/// An invariant that did not hold: the input that broke it is a finding.
public struct FuzzFinding: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }
}

func check(_ condition: Bool, _ message: @autoclosure () -> String) throws {
    if !condition { throw FuzzFinding(message()) }
}
