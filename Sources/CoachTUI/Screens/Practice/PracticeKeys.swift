/// What a key does on the practice screen.
enum PracticeAction: Sendable {
    case say, brief, endPractice, help, quit
    case left, right, home, end, backspace, delete, deleteWord, scrollUp, scrollDown
}

extension PracticeAction {
    static let table = KeyTable<PracticeAction>(title: "Practice", [
        KeyBinding([.enter], .say, label: "say", help: "say the line to the customer"),
        KeyBinding([.function(2), .control("b")], .brief, label: "brief", help: "show the brief: what you know before the call"),
        KeyBinding([.function(10), .control("e")], .endPractice, label: "end", help: "end the practice (asks first) and see the debrief"),
        KeyBinding([.function(1)], .help, label: "help", help: "show these keys (also ? on an empty line)"),
        KeyBinding([.control("c")], .quit, label: "quit", help: "quit (asks first); what was said is kept"),
        KeyBinding([.pageUp], .scrollUp, label: "", help: "scroll the conversation back", inHintBar: false),
        KeyBinding([.pageDown], .scrollDown, label: "", help: "scroll the conversation forward", inHintBar: false),
        KeyBinding([.left], .left, label: "", help: "move the caret left", inHintBar: false),
        KeyBinding([.right], .right, label: "", help: "move the caret right", inHintBar: false),
        KeyBinding([.home, .control("a")], .home, label: "", help: "caret to the start", inHintBar: false),
        KeyBinding([.end], .end, label: "", help: "caret to the end", inHintBar: false),
        KeyBinding([.backspace], .backspace, label: "", help: "delete the character before the caret", inHintBar: false),
        KeyBinding([.delete], .delete, label: "", help: "delete the character at the caret", inHintBar: false),
        KeyBinding([.control("w")], .deleteWord, label: "", help: "delete the word before the caret", inHintBar: false),
    ])
}
