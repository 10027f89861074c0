/// A flag stored under a barrier or strength this version does not know (stored by a newer SecondCall, or
/// a file changed by hand). It cannot be shown with the others, so the review says it is there.
public struct UnknownFlag: Sendable, Equatable {
    public var noteIndex: Int
    public var rule: String
    public var target: String

    public init(noteIndex: Int, rule: String, target: String) {
        self.noteIndex = noteIndex
        // Written by another version or by hand: they may hold anything, and they are shown.
        self.rule = ControlCharacters.printable(rule)
        self.target = ControlCharacters.printable(target)
    }
}

/// As JSON: `note` counts from 1, as a flag's does.
extension UnknownFlag: Encodable {
    private enum CodingKeys: String, CodingKey { case note, rule, target }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(noteIndex + 1, forKey: .note)
        try container.encode(rule, forKey: .rule)
        try container.encode(target, forKey: .target)
    }
}

extension UnknownFlag {
    /// What a report says of the flags it could not read, after `lead` ("Not shown"); nil when there are none.
    static func notice(_ flags: [UnknownFlag], lead: String) -> String? {
        notice(counts: flags.reduce(into: [:]) { $0[$1.target, default: 0] += 1 }, lead: lead)
    }

    /// The same, from how many flags stand under each unknown name.
    public static func notice(counts: [String: Int], lead: String) -> String? {
        let total = counts.values.reduce(0, +)
        guard total > 0 else { return nil }
        let names = counts.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
        return "\(lead): \(Count.of(total, "flag")) under \(names), which this version does not know; a newer SecondCall reads them."
    }
}

extension CallReview {
    /// What the review says of the flags it could not read; nil when there are none.
    public var unknownFlagsText: String? { UnknownFlag.notice(unknownFlags, lead: "Not shown") }
}
