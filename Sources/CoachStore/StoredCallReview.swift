import CoachCore

extension StoredCall {
    /// The call as the review shows it. `plan` is the plan kept with the call, read by the caller (plans are YAML).
    public func review(plan: CallPlan?) -> CallReview {
        var unknown: [UnknownFlag] = []
        let flags = self.flags.compactMap { stored -> ReviewedFlag? in
            guard let target = RuleTarget(id: stored.target) else {
                unknown.append(UnknownFlag(noteIndex: stored.notePosition, rule: stored.rule, target: stored.target))
                return nil
            }
            return ReviewedFlag(noteIndex: stored.notePosition, rule: stored.rule, target: target, severity: stored.severity,
                                message: stored.message, tip: stored.tip, evidence: stored.evidence,
                                evidenceStrength: stored.evidenceStrength, dismissed: stored.dismissed)
        }
        // A practice has no talk clock: its lines are typed, not spoken, and the share of words is what its screen showed.
        var review = CallReview(account: session.account, contact: session.contact, startedAt: session.startedAt,
                                duration: session.elapsed, notes: notes, flags: flags, floorChanges: floor, plan: plan, ticks: ticks,
                                talkByWords: session.kind == .practice)
        review.unknownFlags = unknown
        return review
    }
}
