/// The `word*` stems of a pack, found by the words they start.
struct PrefixTable: Sendable, Codable {
    private var stems: [String] = []
    private var numbers: [String: Int32] = [:]
    /// The distinct stem lengths, shortest first.
    private var lengths: [Int] = []

    init(_ stems: [String]) {
        self.stems = stems
        for (number, stem) in stems.enumerated() { numbers[stem] = Int32(number) }
        lengths = Set(stems.map(\.utf8.count)).sorted()
    }

    init(from decoder: Decoder) throws { self.init(try [String](from: decoder)) }

    func encode(to encoder: Encoder) throws { try stems.encode(to: encoder) }

    var isEmpty: Bool { numbers.isEmpty }
    var count: Int { stems.count }

    /// The numbers of the stems `surface` starts with.
    func stems(startingWith surface: String) -> [Int32] {
        var found: [Int32] = []
        let bytes = Array(surface.utf8)
        for length in lengths {
            guard length <= bytes.count else { break }
            if let number = numbers[String(decoding: bytes[..<length], as: UTF8.self)] { found.append(number) }
        }
        return found
    }
}
