/// One key of a screen: what it does, its short label for the hint bar and its line in the help overlay.
public struct KeyBinding<Action: Sendable>: Sendable {
    public var keys: [Key]
    /// Keys that act only while the screen's input line is empty; on a line being typed they are text
    /// (`?` shows the help on an empty line, and is a question mark in a note).
    public var keysOnEmptyLine: [Key]
    public var action: Action
    public var label: String
    public var help: String
    public var inHintBar: Bool

    public init(_ keys: [Key], onEmptyLine keysOnEmptyLine: [Key] = [], _ action: Action, label: String, help: String,
                inHintBar: Bool = true) {
        self.keys = keys
        self.keysOnEmptyLine = keysOnEmptyLine
        self.action = action
        self.label = label
        self.help = help
        self.inHintBar = inHintBar
    }

    public var keyNames: String { keys.map(\.label).joined(separator: "/") }

    /// The same binding, left out of the hint bar (a mode that has other keys to show first).
    public var outOfHintBar: KeyBinding {
        var binding = self
        binding.inHintBar = false
        return binding
    }

    /// The help overlay's words: the binding's own, then when the keys that need an empty line work.
    var fullHelp: String {
        keysOnEmptyLine.isEmpty ? help : help + " (also \(keysOnEmptyLine.map(\.label).joined(separator: "/")) on an empty line)"
    }

    /// `?` and F1 show the screen's keys.
    public static func help(_ action: Action, keys: [Key] = [.character("?"), .function(1)]) -> KeyBinding {
        KeyBinding(keys, action, label: "help", help: "show these keys")
    }

    /// On a screen where the rep types: F1 shows the keys, and `?` too while the line is empty.
    public static func helpWhileTyping(_ action: Action) -> KeyBinding {
        KeyBinding([.function(1)], onEmptyLine: [.character("?")], action, label: "help", help: "show these keys")
    }
}

/// What every key table offers the hint bar, the help overlay and the checks, whatever its actions.
public protocol KeyTableListing {
    var title: String { get }
    var hints: [(keys: String, label: String)] { get }
    var helpLines: [(keys: String, help: String)] { get }
    /// Headings and entries the help shows after the keys (what can be typed).
    var sections: [KeyTableSection] { get }
    /// Keys that more than one binding answers: a table with any is wrong.
    var sharedKeys: [Key] { get }
}

/// A heading in the help after the keys, with entries laid out like keys.
public struct KeyTableSection: Sendable {
    public var title: String
    public var entries: [(keys: String, help: String)]

    public init(_ title: String, _ entries: [(keys: String, help: String)]) {
        self.title = title
        self.entries = entries
    }
}

/// A screen's keys, or one mode's. The hint bar and the help overlay are both drawn from it, so they
/// cannot disagree with what the keys do.
public struct KeyTable<Action: Sendable>: Sendable, KeyTableListing {
    public let title: String
    public let bindings: [KeyBinding<Action>]
    public let sections: [KeyTableSection]
    /// Which binding each key picks, looked up once per key: a pasted megabyte is a million keys.
    private let index: [Key: Int]
    private let indexOnEmptyLine: [Key: Int]

    public init(title: String, _ bindings: [KeyBinding<Action>], sections: [KeyTableSection] = []) {
        self.title = title
        self.bindings = bindings
        self.sections = sections
        // The first binding of a key wins, as in the help's order.
        index = Dictionary(bindings.indices.flatMap { position in bindings[position].keys.map { ($0, position) } }) { first, _ in first }
        indexOnEmptyLine = Dictionary(bindings.indices.flatMap { position in bindings[position].keysOnEmptyLine.map { ($0, position) } }) { first, _ in first }
    }

    /// The action `key` stands for; keys bound only on an empty line act only when `lineIsEmpty`.
    public func action(for key: Key, lineIsEmpty: Bool = true) -> Action? {
        let position = index[key] ?? (lineIsEmpty ? indexOnEmptyLine[key] : nil)
        return position.map { bindings[$0].action }
    }

    public var hints: [(keys: String, label: String)] {
        bindings.filter(\.inHintBar).map { ($0.keys.first?.label ?? "", $0.label) }
    }

    public var helpLines: [(keys: String, help: String)] {
        bindings.map { ($0.keyNames, $0.fullHelp) }
    }

    public var sharedKeys: [Key] {
        let all = bindings.flatMap { $0.keys + $0.keysOnEmptyLine }
        var seen = Set<Key>()
        var shared: [Key] = []
        for key in all where !seen.insert(key).inserted && !shared.contains(key) { shared.append(key) }
        return shared
    }
}
