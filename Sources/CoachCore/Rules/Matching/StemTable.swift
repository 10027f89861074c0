/// The stems one call's words are read as, numbered as they are met, each with what the rules ask of it
/// decided once: whether it carries a topic, counts something, or opens a question for a fact. Rules then
/// compare stems as numbers.
struct StemTable: Sendable {
    struct Traits: OptionSet, Sendable {
        let rawValue: UInt8
        /// Carries a topic rather than the glue of a sentence (`ContentWords`).
        static let topic = Traits(rawValue: 1 << 0)
        /// A number or a count word ("320", "forty").
        static let count = Traits(rawValue: 1 << 1)
        /// "how".
        static let how = Traits(rawValue: 1 << 2)
        /// Asks for a fact after "how": many, much, far, long, often, big.
        static let fact = Traits(rawValue: 1 << 3)
        /// "ask", "asked": a note written after the call saying a question was asked.
        static let ask = Traits(rawValue: 1 << 4)
        /// A word that narrates the rep's own question before "asked" ("then asked").
        static let narrating = Traits(rawValue: 1 << 5)
    }

    private var numbers = WordTable()
    private var traits: [Traits] = []
    /// The number of "many": "how many" of a thing the customer counted has been answered.
    private(set) var many: Int32 = 0

    init() { many = number(for: "many") }

    /// The stem's number, adding it when new.
    mutating func number(for stem: String) -> Int32 {
        let count = numbers.count
        let number = numbers.number(for: stem)
        if numbers.count > count { traits.append(Self.traits(of: stem)) }
        return number
    }

    func number(of stem: String) -> Int32? { numbers.number(of: stem) }

    func string(_ number: Int32) -> String { numbers.words[Int(number)] }

    func traits(of number: Int32) -> Traits { traits[Int(number)] }

    private static func traits(of stem: String) -> Traits {
        var traits: Traits = []
        if ContentWords.isTopic(stem) { traits.insert(.topic) }
        if (!stem.isEmpty && stem.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) || countWords.contains(stem) {
            traits.insert(.count)
        }
        if stem == "how" { traits.insert(.how) }
        if factWords.contains(stem) { traits.insert(.fact) }
        if stem == "ask" { traits.insert(.ask) }
        if CallFacts.narratingWords.contains(stem) { traits.insert(.narrating) }
        return traits
    }

    private static let factWords: Set<String> = ["many", "much", "far", "long", "often", "big"]
    private static let countWords = Set([
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "hundred", "thousand", "dozen",
    ].map { Normaliser().stem(Normaliser.plain($0)) })
}

/// A set of stem numbers, one bit each.
struct StemSet: Sendable {
    private var bits: [UInt64] = []

    init() {}

    func contains(_ stem: Int32) -> Bool {
        let word = Int(stem) >> 6
        return word < bits.count && bits[word] & (1 << UInt64(stem & 63)) != 0
    }

    mutating func insert(_ stem: Int32) {
        let word = Int(stem) >> 6
        if word >= bits.count { bits += repeatElement(0, count: word + 1 - bits.count) }
        bits[word] |= 1 << UInt64(stem & 63)
    }
}
