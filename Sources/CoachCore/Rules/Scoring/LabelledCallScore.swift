/// One labelled call held against the flags a pack raised on it. A flag matches a label of the same
/// barrier on the same line or the line before (a coach may anchor at the reply that shows it).
public struct LabelledCallScore: Sendable {
    /// A barrier flag placed on its line of the notes file.
    public struct PlacedFlag: Equatable, Sendable {
        public var line: Int
        public var barrier: Barrier
        public var rule: String

        public init(line: Int, barrier: Barrier, rule: String) {
            self.line = line
            self.barrier = barrier
            self.rule = rule
        }
    }

    public var path: String
    public var labels: CallLabels
    /// One flag per line and barrier: a second rule agreeing on the same note is not a second finding.
    public var flags: [PlacedFlag]
    public var missed: [CallLabels.Label]
    public var falseAlarms: [PlacedFlag]

    public init(path: String, labels: CallLabels, flags: [PlacedFlag]) {
        self.path = path
        self.labels = labels
        var distinct: [PlacedFlag] = []
        for flag in flags where !distinct.contains(where: { $0.line == flag.line && $0.barrier == flag.barrier }) {
            distinct.append(flag)
        }
        self.flags = distinct
        missed = labels.labels.filter { label in !distinct.contains { Self.matches($0, label) } }
        falseAlarms = distinct.filter { flag in !labels.labels.contains { Self.matches(flag, $0) } }
    }

    static func matches(_ flag: PlacedFlag, _ label: CallLabels.Label) -> Bool {
        flag.barrier == label.barrier && (flag.line == label.line || flag.line == label.line + 1)
    }

    /// Places a call's barrier flags on the lines of its notes file.
    public static func place(_ flags: [Flag], lines: [Int]) -> [PlacedFlag] {
        flags.compactMap { flag in
            flag.barrier.map { PlacedFlag(line: lines[flag.noteIndex], barrier: $0, rule: flag.rule) }
        }
    }
}
