/// Raises on a rep statement that lists many things at once (features, modules, options): a catalogue
/// read out instead of a conversation.
final class ListCheck: RuleCheck {
    let scope: RuleScope
    let minimumItems: Int

    init(scope: RuleScope, minimumItems: Int) {
        self.scope = scope
        self.minimumItems = minimumItems
    }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard context.speaker == .me, !context.isQuestion, scope.includesStage(context.facts.stage) else { return }
        var items = 1
        for byte in context.note.text.utf8 where byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") { items += 1 }
        guard items >= minimumItems else { return }
        hits.append(RuleHit(noteIndex: context.index, evidence: "\(items) things listed in one note"))
    }
}
