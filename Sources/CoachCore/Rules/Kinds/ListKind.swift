/// A rep statement listing many things at once (features, modules, options): a catalogue read out
/// instead of a conversation.
public struct ListKind: RuleKind {
    public static let name = "list"
    public static let fields = ["min_items"]

    public var minimumItems: Int

    public init(minimumItems: Int) { self.minimumItems = minimumItems }

    public init?(settings: inout some RuleSettings) {
        guard let minimum = settings.requiredInteger("min_items", in: 2...100) else { return nil }
        self.init(minimumItems: minimum)
    }

    public func makeCheck(_ inputs: CheckInputs) -> any RuleCheck { ListCheck(minimumItems: minimumItems) }
}

final class ListCheck: RuleCheck {
    let minimumItems: Int

    init(minimumItems: Int) { self.minimumItems = minimumItems }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard !context.reading.isQuestion else { return }
        var items = 1
        for byte in context.note.text.utf8 where byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") { items += 1 }
        guard items >= minimumItems else { return }
        hits.append(RuleHit(noteIndex: context.index, evidence: "\(items) things listed in one note"))
    }
}
