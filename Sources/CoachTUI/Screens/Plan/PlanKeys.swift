/// What a key does on the plan form.
enum PlanAction: Sendable {
    case next, previous, enter, deleteItem, useRewrite, save, startCall, help, leave
    case edit(LineEdit)
}

extension PlanAction {
    static let table = KeyTable<PlanAction>(title: "Plan a call", [
        KeyBinding([.down, .tab], .next, label: "next", help: "the next line", inHintBar: false),
        KeyBinding([.up, .backTab], .previous, label: "previous", help: "the line before", inHintBar: false),
        KeyBinding([.enter], .enter, label: "new item", help: "on objectives or questions, start a new one; elsewhere, the next line"),
        KeyBinding([.control("r")], .useRewrite, label: "use rewrite", help: "replace the objective with the suggested learning-mode rewrite"),
        KeyBinding([.function(8), .control("d")], .deleteItem, label: "delete", help: "delete the objective or question the caret is in"),
        KeyBinding([.function(2), .control("s")], .save, label: "save", help: "save the plan file"),
        KeyBinding([.function(5), .control("g")], .startCall, label: "start call", help: "save, then start the call with this plan"),
        .helpWhileTyping(.help),
        KeyBinding([.escape], .leave, label: "back", help: "leave the plan (asks first if it has unsaved changes)"),
    ] + LineEdit.bindings(PlanAction.edit))
}
