/// What a key does on the live screen.
enum LiveAction: Sendable {
    case save, passFloor, pauseClock, nextStage, checklist, scrollUp, scrollDown, dismiss, endCall, help, quit
    case historyBack, historyForward
    case edit(LineEdit)
}

extension LiveAction {
    static let table = KeyTable<LiveAction>(title: "Live call", [
        KeyBinding([.enter], .save, label: "save", help: "save the note (prefix me:, c: or private: to choose who)"),
        KeyBinding([.tab], .passFloor, label: "floor", help: "the floor passes: me ↔ them (talk clock and default speaker)"),
        KeyBinding([.function(2), .control("p")], .pauseClock, label: "pause", help: "pause or resume the talk clock (hold, silence)"),
        KeyBinding([.function(3), .control("n")], .nextStage, label: "stage", help: "move to the next stage (or type /stage NAME)"),
        KeyBinding([.function(4), .control("k")], .checklist, label: "tick", help: "tick checklist items (↑↓ move, Space ticks, Esc back)"),
        KeyBinding([.pageUp], .scrollUp, label: "scroll", help: "scroll the notes back", inHintBar: false),
        KeyBinding([.pageDown], .scrollDown, label: "scroll", help: "scroll the notes forward", inHintBar: false),
        KeyBinding([.escape], .dismiss, label: "dismiss", help: "clear the nudge on the coach line", inHintBar: false),
        KeyBinding([.function(10), .control("e")], .endCall, label: "end", help: "end the call (asks first)"),
        KeyBinding([.function(1)], .help, label: "help", help: "show these keys (also ? on an empty line)"),
        KeyBinding([.control("c")], .quit, label: "quit", help: "quit; the call stays unfinished and can be resumed (asks first)"),
        KeyBinding([.up], .historyBack, label: "", help: "previous note typed (history)", inHintBar: false),
        KeyBinding([.down], .historyForward, label: "", help: "next note typed (history)", inHintBar: false),
    ] + LineEdit.bindings(LiveAction.edit))
}
