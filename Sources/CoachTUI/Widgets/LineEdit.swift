/// The keys that edit a one-line input, shared by every screen that has one (the live call, practice,
/// the plan form), so they behave and read the same everywhere.
public enum LineEdit: Sendable, Equatable {
    case left, right, home, end, backspace, delete, deleteWord, clear

    /// The editing keys for a screen's key table; `action` wraps an edit in the screen's own action.
    static func bindings<Action: Sendable>(_ action: (LineEdit) -> Action) -> [KeyBinding<Action>] {
        [
            KeyBinding([.left], action(.left), label: "", help: "move the caret left", inHintBar: false),
            KeyBinding([.right], action(.right), label: "", help: "move the caret right", inHintBar: false),
            KeyBinding([.home, .control("a")], action(.home), label: "", help: "caret to the start", inHintBar: false),
            KeyBinding([.end], action(.end), label: "", help: "caret to the end", inHintBar: false),
            KeyBinding([.backspace], action(.backspace), label: "", help: "delete the character before the caret", inHintBar: false),
            KeyBinding([.delete], action(.delete), label: "", help: "delete the character at the caret", inHintBar: false),
            KeyBinding([.control("w")], action(.deleteWord), label: "", help: "delete the word before the caret", inHintBar: false),
            KeyBinding([.control("u")], action(.clear), label: "", help: "clear the line", inHintBar: false),
        ]
    }
}

extension InputLine {
    public mutating func apply(_ edit: LineEdit) {
        switch edit {
        case .left: moveLeft()
        case .right: moveRight()
        case .home: moveHome()
        case .end: moveEnd()
        case .backspace: backspace()
        case .delete: deleteForward()
        case .deleteWord: deleteWordBackward()
        case .clear: clear()
        }
    }
}
