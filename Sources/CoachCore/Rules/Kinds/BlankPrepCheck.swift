/// Raises once, on the call's first note, when the plan's homework has blank items: the rep goes in not
/// knowing what they could have found out.
final class BlankPrepCheck: RuleCheck {
    let plan: CallPlan?
    let minimumBlank: Int

    init(plan: CallPlan?, minimumBlank: Int) {
        self.plan = plan
        self.minimumBlank = minimumBlank
    }

    func observe(_ context: NoteContext, into hits: inout [RuleHit]) {
        guard context.index == 0, let plan else { return }
        let blank = plan.blankPrepItems
        guard blank.count >= minimumBlank else { return }
        hits.append(RuleHit(noteIndex: 0, evidence: "\(blank.count) of \(plan.prep.count) prep items blank: \(blank.joined(separator: ", "))"))
    }
}
