/// Raises on a rep statement that lists many things at once (features, modules, options): a catalogue
/// read out instead of a conversation.
final class ListCheck: RuleCheck {
    let scope: RuleScope
    let minimumItems: Int

    init(scope: RuleScope, minimumItems: Int) {
        self.scope = scope
        self.minimumItems = minimumItems
    }

    func observe(_ context: NoteContext) -> [RuleHit] {
        guard context.note.speaker == .me, !context.note.isQuestion, scope.includesStage(context.facts.stage) else { return [] }
        let items = context.note.text.split(whereSeparator: { $0 == "," || $0 == ";" }).count
        guard items >= minimumItems else { return [] }
        return [RuleHit(noteIndex: context.index, evidence: "\(items) things listed in one note")]
    }
}
