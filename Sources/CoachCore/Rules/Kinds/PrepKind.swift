/// Blank homework in the call's plan: raised once, on the call's first note, when the rep goes in not
/// knowing what they could have found out.
public struct PrepKind: RuleKind {
    public static let name = "prep"
    public static let fields = ["min_blank"]
    public static let defaultSpeakers: Set<Speaker> = []

    public var minimumBlank: Int

    public init(minimumBlank: Int = 1) { self.minimumBlank = minimumBlank }

    public init?(settings: inout some RuleSettings) {
        guard let minimum = settings.integer("min_blank", in: 1...100, default: 1) else { return nil }
        self.init(minimumBlank: minimum)
    }

    public func makeCheck(_ inputs: CheckInputs) -> CompiledCheck { CompiledCheck(.prep(PrepCheck(plan: inputs.plan, minimumBlank: minimumBlank))) }
}

struct PrepCheck: RuleCheck {
    let plan: CallPlan?
    let minimumBlank: Int

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard context.index == 0, let plan else { return }
        let blank = plan.blankPrepItems
        guard blank.count >= minimumBlank else { return }
        hits.append(RuleHit(noteIndex: 0, evidence: "\(blank.count) of \(plan.prep.count) prep items blank: \(blank.joined(separator: ", "))"))
    }
}
