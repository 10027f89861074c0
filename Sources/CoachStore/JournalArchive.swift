import CoachCore

/// The rep's own journal as a `CallArchive`: every finished live call, read with its notes.
public struct JournalArchive: CallArchive {
    let store: CoachStore
    /// Reads the plan kept with a call (plans are YAML, read outside the store).
    let plan: (StoredCall) -> CallPlan?

    public init(_ store: CoachStore, plan: @escaping (StoredCall) -> CallPlan?) {
        self.store = store
        self.plan = plan
    }

    public func finishedCalls() throws -> [ArchivedCall] {
        try store.sessions().filter { $0.isFinished && $0.kind == .live }.reversed().map { session in
            ArchivedCall(reference: String(session.id!), startedAt: session.startedAt, duration: session.elapsed,
                         barrierFlags: session.flagCount, notesAvailable: true)
        }
    }

    public func review(of reference: String) throws -> CallReview? {
        let call = try store.call(try store.resolve(reference))
        return call.review(plan: plan(call))
    }

    public func ruleStats() throws -> [RuleStat] { try store.ruleStats() }
}
