import Foundation

/// A stored call as a list of calls shows it, wherever it is kept.
public struct ArchivedCall: Sendable, Equatable {
    /// The store's own reference to it: a call number in the rep's journal, an id in the team database.
    public var reference: String
    /// Whose call it is, in a store that keeps several reps' calls.
    public var owner: String?
    public var startedAt: Date
    public var duration: Int
    /// Barrier flags that stand (dismissed ones not counted).
    public var barrierFlags: Int
    /// Whether its notes can be read here, so it can open in the review.
    public var notesAvailable: Bool

    public init(reference: String, owner: String? = nil, startedAt: Date, duration: Int, barrierFlags: Int, notesAvailable: Bool) {
        self.reference = reference
        self.owner = owner
        self.startedAt = startedAt
        self.duration = duration
        self.barrierFlags = barrierFlags
        self.notesAvailable = notesAvailable
    }
}

/// The reads that reviews, trends, stats and exports need, from whichever store keeps the calls: the rep's
/// own journal (SQLite, in CoachStore) or the team database (PostgreSQL, in CoachTeam).
public protocol CallArchive {
    /// Finished live calls, oldest first.
    func finishedCalls() throws -> [ArchivedCall]
    /// A call as the review shows it; nil when its notes cannot be read here.
    func review(of reference: String) throws -> CallReview?
    /// Each rule's flags and dismissals across the calls, dismissed most often first.
    func ruleStats() throws -> [RuleStat]
}

extension CallArchive {
    /// The reviews of the last `count` finished calls that can be read here, oldest first: the trend.
    public func recentReviews(_ count: Int) throws -> [CallReview] {
        try finishedCalls().filter(\.notesAvailable).suffix(count).compactMap { try review(of: $0.reference) }
    }
}
