/// What a key does on the live screen while the rep types, or fixes a saved note's text.
enum LiveAction: Sendable {
    case save, passFloor, cycleSpeaker, chooseNote, help, endCall, nextStage, pauseClock, checklist, showNudge
    case scrollUp, scrollDown, dismiss, quit
    case saveFix, cancelFix
    case edit(LineEdit)
}

extension LiveAction {
    private static let passFloorKey = KeyBinding([.tab], LiveAction.passFloor, label: "floor",
                                              help: "the floor passes, me ↔ them: the talk clock and who the next line is by (starts the clock)")
    private static let helpKey = KeyBinding<LiveAction>.helpWhileTyping(.help)
    private static let callKeys: [KeyBinding<LiveAction>] = [
        KeyBinding([.function(10), .control("e")], .endCall, label: "end", help: "end the call (asks first)"),
        KeyBinding([.function(3), .control("n")], .nextStage, label: "stage", help: "move to the next stage (or type /stage NAME)"),
        KeyBinding([.function(2), .control("p")], .pauseClock, label: "clock",
                   help: "start the clock when the call connects; then pause or resume it (hold, silence)"),
    ]
    private static let viewKeys: [KeyBinding<LiveAction>] = [
        KeyBinding([.function(6), .control("t")], .showNudge, label: "tip", help: "the nudge on the coach line in full", inHintBar: false),
        KeyBinding([.pageUp], .scrollUp, label: "scroll", help: "scroll the notes back a page", inHintBar: false),
        KeyBinding([.pageDown], .scrollDown, label: "scroll", help: "scroll the notes forward a page", inHintBar: false),
    ]
    private static let quitKey = KeyBinding([.control("c")], LiveAction.quit, label: "quit",
                                         help: "quit; the call stays unfinished and can be resumed (asks first)")

    /// In hint-bar order: what a rep needs most comes first, as a narrow window shows only the first few.
    static let table = KeyTable<LiveAction>(title: "Live call", [
        KeyBinding([.enter], .save, label: "save", help: "save the line as a note (by whoever the label shows; me:, c: or private: first to choose)"),
        passFloorKey,
        KeyBinding([.backTab, .control("o")], .cycleSpeaker, label: "note",
                   help: "this line only: by me, by them, or a private note to self (cycles the label)"),
        KeyBinding([.up], .chooseNote, label: "fix", help: "on an empty line: choose a saved note to fix (edit, delete, who said it, undo)"),
        helpKey,
    ] + callKeys + [
        KeyBinding([.function(4), .control("k")], .checklist, label: "tick", help: "tick checklist items (↑↓ move, Space ticks, Esc back)"),
    ] + viewKeys + [
        KeyBinding([.escape], .dismiss, label: "dismiss", help: "clear the nudge on the coach line", inHintBar: false),
        quitKey,
    ] + LineEdit.bindings(LiveAction.edit), sections: [KeyTableSection("What to type", [
        ("me: c: them:", "first on a line: said by me, or by them, whoever holds the floor"),
        ("private:", "first on a line: a private note to self (left out of CRM exports)"),
        ("/need TEXT", "a need the customer stated"),
        ("/next TEXT", "an agreed next step"),
        ("/mark TEXT", "a bookmark for the review"),
        ("/stage NAME", "relationship, opportunity or commitment"),
        ("/undo", "undo the last fix to a saved note"),
    ])])

    /// While a saved note's text is in the input line: the call goes on, so its keys still work.
    static let fixingText = KeyTable<LiveAction>(title: "Fixing a note's text", [
        KeyBinding([.enter], .saveFix, label: "save the fix", help: "save the note as fixed"),
        KeyBinding([.escape], .cancelFix, label: "cancel", help: "cancel the fix; the note stays as it was"),
        KeyBinding([.backTab, .control("o")], .cycleSpeaker, label: "who", help: "who the note is by: me → them → private note"),
        helpKey,
    ] + ([passFloorKey] + callKeys + viewKeys + [quitKey]).map(\.outOfHintBar) + LineEdit.bindings(LiveAction.edit))
}

/// What a key does while the rep chooses a saved note to fix.
enum NoteAction: Sendable {
    case older, newer, pageOlder, pageNewer, edit, delete, speaker, undo, help, back
}

extension NoteAction {
    static let table = KeyTable<NoteAction>(title: "Fixing a note", [
        KeyBinding([.up, .character("k")], .older, label: "", help: "the note before", inHintBar: false),
        KeyBinding([.down, .character("j")], .newer, label: "", help: "the note after (past the newest, back to typing)", inHintBar: false),
        KeyBinding([.enter, .character("e")], .edit, label: "edit", help: "edit its text in the input line; Enter saves the fix, Esc cancels"),
        KeyBinding([.character("d"), .delete], .delete, label: "delete", help: "delete the note (u brings it back)"),
        KeyBinding([.character("s"), .tab], .speaker, label: "who", help: "who it is by: me → them → private note"),
        KeyBinding([.character("u")], .undo, label: "undo", help: "undo the last fix (also /undo when typing)"),
        KeyBinding([.escape], .back, label: "back", help: "back to typing"),
        .help(.help, keys: [.function(1), .character("?")]),
        KeyBinding([.pageUp], .pageOlder, label: "", help: "ten notes back", inHintBar: false),
        KeyBinding([.pageDown], .pageNewer, label: "", help: "ten notes on", inHintBar: false),
    ])
}

/// What a key does while the rep ticks the checklist.
enum ChecklistAction: Sendable {
    case previous, next, tick, back, help
}

extension ChecklistAction {
    static let table = KeyTable<ChecklistAction>(title: "Ticking the checklist", [
        KeyBinding([.up], .previous, label: "", help: "the item before", inHintBar: false),
        KeyBinding([.down], .next, label: "", help: "the next item", inHintBar: false),
        KeyBinding([.character(" "), .enter], .tick, label: "tick", help: "tick the item, or untick it"),
        KeyBinding([.escape, .function(4), .control("k")], .back, label: "back", help: "back to typing"),
        .help(.help),
    ])
}
