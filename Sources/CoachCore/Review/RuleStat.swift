/// One rule's record across the stored calls: a coach reads which rules cry wolf.
public struct RuleStat: Sendable, Equatable {
    public var rule: String
    public var target: String
    public var flags: Int
    public var dismissed: Int
    public var calls: Int

    public init(rule: String, target: String, flags: Int, dismissed: Int, calls: Int) {
        self.rule = rule
        self.target = target
        self.flags = flags
        self.dismissed = dismissed
        self.calls = calls
    }

    public var dismissedShare: Double { flags == 0 ? 0 : Double(dismissed) * 100 / Double(flags) }
}
