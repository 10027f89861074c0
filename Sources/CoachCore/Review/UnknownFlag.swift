/// A flag stored under a barrier or strength this version does not know (stored by a newer SecondCall, or
/// a file changed by hand). It cannot be shown with the others, so the review says it is there.
public struct UnknownFlag: Sendable, Equatable, Codable {
    public var noteIndex: Int
    public var rule: String
    public var target: String

    public init(noteIndex: Int, rule: String, target: String) {
        self.noteIndex = noteIndex
        self.rule = rule
        self.target = target
    }
}

extension CallReview {
    /// What the review says of the flags it could not read; nil when there are none.
    public var unknownFlagsText: String? {
        guard !unknownFlags.isEmpty else { return nil }
        let names = Array(Set(unknownFlags.map(\.target))).sorted().map { "'\($0)'" }.joined(separator: ", ")
        return "Not shown: \(Count.of(unknownFlags.count, "flag")) under \(names), which this version does not know; a newer SecondCall reads them."
    }
}
