/// How well a pack finds the labelled barriers of a set of calls: precision, recall and F1 for each
/// barrier and overall, and the false alarms raised on clean calls.
public struct RuleScore: Sendable {
    public struct Tally: Equatable, Sendable, Codable {
        /// Labels in the calls.
        public var labels = 0
        /// Labels a flag matched.
        public var found = 0
        /// Distinct flags raised (one per line and barrier).
        public var flags = 0
        /// Flags that matched no label.
        public var falseAlarms = 0

        public init() {}

        public var precision: Double { flags == 0 ? (labels == 0 ? 1 : 0) : Double(flags - falseAlarms) / Double(flags) }
        public var recall: Double { labels == 0 ? 1 : Double(found) / Double(labels) }
        public var f1: Double {
            let sum = precision + recall
            return sum == 0 ? 0 : 2 * precision * recall / sum
        }

        mutating func add(labels: Int, found: Int, flags: Int, falseAlarms: Int) {
            self.labels += labels
            self.found += found
            self.flags += flags
            self.falseAlarms += falseAlarms
        }
    }

    public var calls: [LabelledCallScore]
    public var byBarrier: [Barrier: Tally]
    public var overall: Tally

    public init(calls: [LabelledCallScore]) {
        self.calls = calls
        var byBarrier: [Barrier: Tally] = [:]
        var overall = Tally()
        for call in calls {
            for barrier in Barrier.allCases {
                let labels = call.labels.labels.filter { $0.barrier == barrier }.count
                let missed = call.missed.filter { $0.barrier == barrier }.count
                let flags = call.flags.filter { $0.barrier == barrier }.count
                let falseAlarms = call.falseAlarms.filter { $0.barrier == barrier }.count
                byBarrier[barrier, default: Tally()].add(labels: labels, found: labels - missed, flags: flags, falseAlarms: falseAlarms)
                overall.add(labels: labels, found: labels - missed, flags: flags, falseAlarms: falseAlarms)
            }
        }
        self.byBarrier = byBarrier
        self.overall = overall
    }

    public var cleanCalls: [LabelledCallScore] { calls.filter(\.labels.isClean) }

    /// Flags raised on calls that should raise none.
    public var cleanCallFalseAlarms: Int { cleanCalls.reduce(0) { $0 + $1.falseAlarms.count } }
}
