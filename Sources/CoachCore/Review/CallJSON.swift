import Foundation

/// The one JSON shape SecondCall writes. `check`, `review --format json` and `sessions export --format json`
/// all write `{"format": 1, "calls": [...]}`: one object a call, what is not known of it left out, and its
/// flags the same objects everywhere. `docs/secondcall.schema.json` describes it; a change to it that a
/// reader could trip on is a new `format`.
public enum CallJSON {
    public static let format = 1

    public struct Document: Encodable {
        public let format = CallJSON.format
        public var calls: [Call]
    }

    /// One call: a notes file `check` read, or a stored call as the review shows it.
    public struct Call: Encodable {
        /// The notes file it was read from.
        public var file: String?
        /// A stored call's number, its kind (`live`, `practice`) and when it ended.
        public var id: Int64?
        public var kind: String?
        public var account: String?
        public var contact: String?
        public var startedAt: Date?
        public var endedAt: Date?
        public var durationSeconds: Int?
        public var stageReached: String?
        /// The words of the rep's private notes were left out.
        public var privateNotesLeftOut: Bool?
        public var summary: Summary?
        public var notes: [Note]?
        public var floor: [Floor]?
        public var plan: Plan?
        public var flags: [Flag]
        public var unknownFlags: [UnknownFlag]?
    }

    public struct Summary: Encodable {
        var talkSharePercent: Int?
        var talkShareMeasuredBy: String
        var talkShareReference: String
        var longestMonologueWords: Int
        var questions: Int
        var openQuestions: Int
        var questionReference: String
        var needs: [String]
        var nextStep: String?
        /// Barrier flags that stand, by barrier.
        var barrierCounts: [String: Int]
    }

    public struct Note: Encodable {
        /// Counted from 1, as a flag's `note` counts.
        var number: Int
        var time: Int?
        /// The note as a line of the notes format; left out for a private note whose words were left out.
        var line: String?
        var `private`: Bool
    }

    public struct Floor: Encodable {
        var start: Int
        var end: Int
        var holder: String
    }

    public struct Plan: Encodable {
        struct Ticked: Encodable {
            var text: String
            var done: Bool
        }

        var objectives: [Ticked]
        var questions: [Ticked]
        var blankPrep: [String]
    }

    public static func render(_ calls: [Call]) throws -> String {
        let encoder = JSONEncoder.readable()
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(Document(calls: calls)), as: UTF8.self) + "\n"
    }
}

extension CallJSON.Call {
    /// The call as the review shows it: everything the review screen does, and its notes.
    public init(review: CallReview) {
        account = review.account
        contact = review.contact
        startedAt = review.startedAt
        durationSeconds = review.duration
        stageReached = review.stageReached.rawValue
        privateNotesLeftOut = review.privateNotesLeftOut
        summary = CallJSON.Summary(
            talkSharePercent: review.talkShare.map { Int($0.rounded()) }, talkShareMeasuredBy: review.talkShareSource.rawValue,
            talkShareReference: TalkShareReference.ratio, longestMonologueWords: review.longestMonologue, questions: review.questions,
            openQuestions: review.openQuestions,
            questionReference: "\(CallReview.questionReference.lowerBound)-\(CallReview.questionReference.upperBound)",
            needs: review.needs, nextStep: review.nextSteps.last,
            barrierCounts: Dictionary(uniqueKeysWithValues: review.barrierCounts.map { ($0.barrier.rawValue, $0.count) }))
        notes = review.notes.enumerated().map { index, note in
            let isPrivate = note.speaker == .observation
            return CallJSON.Note(number: index + 1, time: note.elapsed,
                                 line: isPrivate && review.privateNotesLeftOut ? nil : NotesWriter.line(for: note), private: isPrivate)
        }
        floor = review.floor.map { CallJSON.Floor(start: $0.start, end: $0.end, holder: $0.holder.rawValue) }
        plan = review.plan.map { plan in
            CallJSON.Plan(objectives: review.objectives.map { .init(text: $0.text, done: $0.learned) },
                          questions: review.plannedQuestions.map { .init(text: $0.text, done: $0.asked) }, blankPrep: plan.blankPrepItems)
        }
        flags = review.flags
        unknownFlags = review.unknownFlags.isEmpty ? nil : review.unknownFlags
    }
}
