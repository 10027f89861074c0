/// What a key does on an overlay that is only read (the brief, the nudge in full): close it, or show its keys.
enum ReadingAction: Sendable {
    case close, help

    /// The keys of an overlay titled `title` that `keys` close.
    static func table(_ title: String, closedBy keys: [Key]) -> KeyTable<ReadingAction> {
        KeyTable(title: title, [KeyBinding(keys, .close, label: "close", help: "back to the call"), .help(.help)])
    }

    /// What the overlay `screen`, answering `table`, does with `key`.
    static func reaction(to key: Key, on screen: any Screen, table: KeyTable<ReadingAction>) -> Reaction {
        switch table.action(for: key) {
        case .close: .pop
        case .help: .push(HelpOverlay(over: screen))
        case nil: .none
        }
    }
}
