import CoachCore
import CoachPacks
import CoachStore

extension StoredCall {
    /// The plan kept with the call; nil when it had none (or the stored text no longer reads as a plan).
    public var plan: CallPlan? {
        guard let text = session.plan else { return nil }
        return PlanFileReader.read(path: "the stored plan", text: text).0?.plan
    }
}

extension StoredCall {
    /// The review of the call, with the plan kept with it.
    public var reviewWithPlan: CallReview { review(plan: plan) }
}
