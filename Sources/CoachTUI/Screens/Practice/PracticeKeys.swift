/// What a key does on the practice screen.
enum PracticeAction: Sendable {
    case say, brief, endPractice, help, quit, showNudge, scrollUp, scrollDown
    case edit(LineEdit)
}

extension PracticeAction {
    static let table = KeyTable<PracticeAction>(title: "Practice", [
        KeyBinding([.enter], .say, label: "say", help: "say the line to the customer"),
        KeyBinding([.function(2), .control("b")], .brief, label: "brief", help: "show the brief: what you know before the call"),
        KeyBinding([.function(10), .control("e")], .endPractice, label: "end", help: "end the practice (asks first) and see the debrief"),
        .helpWhileTyping(.help),
        KeyBinding([.control("c")], .quit, label: "quit", help: "quit (asks first); what was said is kept"),
        KeyBinding([.function(6), .control("t")], .showNudge, label: "tip", help: "the nudge on the coach line in full", inHintBar: false),
        KeyBinding([.pageUp], .scrollUp, label: "", help: "scroll the conversation back a page", inHintBar: false),
        KeyBinding([.pageDown], .scrollDown, label: "", help: "scroll the conversation forward a page", inHintBar: false),
    ] + LineEdit.bindings(PracticeAction.edit))
}
