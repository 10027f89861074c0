import CoachCore

extension StoredCall {
    /// The call as the review shows it. `plan` is the plan kept with the call, read by the caller (plans are YAML).
    public func review(plan: CallPlan?) -> CallReview {
        // A practice has no talk clock: its lines are typed, not spoken, and the share of words is what its screen showed.
        CallReview(account: session.account, contact: session.contact, startedAt: session.startedAt, duration: session.elapsed,
                   notes: notes, flags: flags, floorChanges: floor, plan: plan, ticks: ticks, talkByWords: session.kind == .practice,
                   unknownFlags: unknownFlags)
    }
}
