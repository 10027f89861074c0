/// One key of a screen: what it does, its short label for the hint bar and its line in the help overlay.
public struct KeyBinding<Action: Sendable>: Sendable {
    public var keys: [Key]
    public var action: Action
    public var label: String
    public var help: String
    public var inHintBar: Bool

    public init(_ keys: [Key], _ action: Action, label: String, help: String, inHintBar: Bool = true) {
        self.keys = keys
        self.action = action
        self.label = label
        self.help = help
        self.inHintBar = inHintBar
    }

    public var keyNames: String { keys.map(\.label).joined(separator: "/") }
}

/// A screen's keys. The hint bar and the help overlay are both drawn from it, so they cannot disagree.
public struct KeyTable<Action: Sendable>: Sendable {
    public var title: String
    public var bindings: [KeyBinding<Action>]

    public init(title: String, _ bindings: [KeyBinding<Action>]) {
        self.title = title
        self.bindings = bindings
    }

    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    public var hints: [(keys: String, label: String)] {
        bindings.filter(\.inHintBar).map { ($0.keys.first?.label ?? "", $0.label) }
    }

    public var helpLines: [(keys: String, help: String)] {
        bindings.map { ($0.keyNames, $0.help) }
    }
}
