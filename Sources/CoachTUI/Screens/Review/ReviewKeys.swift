/// What a key does on the review screen.
enum ReviewAction: Sendable {
    case next, previous, later, earlier, section, open, dismiss, tick, share, help, back
}

extension ReviewAction {
    static let table = KeyTable<ReviewAction>(title: "Review", [
        KeyBinding([.down, .character("j")], .next, label: "next", help: "the next item of the list", inHintBar: false),
        KeyBinding([.up, .character("k")], .previous, label: "previous", help: "the item before", inHintBar: false),
        KeyBinding([.right, .character("l")], .later, label: "timeline", help: "along the timeline: the next flag in time"),
        KeyBinding([.left, .character("h")], .earlier, label: "", help: "along the timeline: the flag before in time", inHintBar: false),
        KeyBinding([.tab], .section, label: "section", help: "barriers, what went well, the plan"),
        KeyBinding([.enter], .open, label: "note", help: "the whole call, at the note of the selected item"),
        KeyBinding([.character("d")], .dismiss, label: "dismiss", help: "mark the flag as not a barrier (again to restore); kept and counted by 'rules stats'"),
        KeyBinding([.character("s")], .share, label: "", help: "share this call's notes with your team (again to keep them here); only once you have joined a team", inHintBar: false),
        KeyBinding([.character(" ")], .tick, label: "", help: "on the plan: tick an objective as learned", inHintBar: false),
        .help(.help),
        KeyBinding([.escape, .character("q")], .back, label: "back", help: "leave the review"),
    ])
}
