import Foundation

/// The review as JSON: everything the review screen shows, for other tools.
public enum JSONReport {
    struct Document: Encodable {
        struct Summary: Encodable {
            var account: String
            var contact: String
            var date: String
            var durationSeconds: Int
            var stageReached: String
            var talkSharePercent: Int?
            var talkShareMeasuredBy: String
            var talkShareReference: String
            var longestMonologueWords: Int
            var questions: Int
            var openQuestions: Int
            var questionReference: String
            var needs: [String]
            var nextStep: String?
        }

        struct FlagEntry: Encodable {
            var note: Int
            var time: Int?
            var line: String
            var target: String
            var rule: String
            var severity: String
            var message: String
            var tip: String
            var evidence: String
            var evidenceStrength: String
            var dismissed: Bool
        }

        struct Floor: Encodable {
            var start: Int
            var end: Int
            var holder: String
        }

        struct Plan: Encodable {
            struct Ticked: Encodable {
                var text: String
                var done: Bool
            }
            var objectives: [Ticked]
            var questions: [Ticked]
            var blankPrep: [String]
        }

        var summary: Summary
        var barrierCounts: [String: Int]
        var barriers: [FlagEntry]
        var strengths: [FlagEntry]
        var floor: [Floor]
        var plan: Plan?
        var privateNotesLeftOut: Bool
        /// Flags under a barrier this version does not know; left out when there are none.
        var unknownFlags: [UnknownFlag]?
    }

    public static func render(_ review: CallReview) throws -> String {
        let entry = { (flag: ReviewedFlag) in
            Document.FlagEntry(note: flag.noteIndex + 1, time: review.noteTimes?[flag.noteIndex], line: review.line(ofNote: flag.noteIndex),
                               target: flag.target.id, rule: flag.rule, severity: flag.severity.rawValue, message: flag.message,
                               tip: flag.tip, evidence: flag.evidence, evidenceStrength: flag.evidenceStrength.rawValue,
                               dismissed: flag.dismissed)
        }
        let summary = Document.Summary(
            account: review.account, contact: review.contact, date: review.startedAt.formatted(.iso8601), durationSeconds: review.duration,
            stageReached: review.stageReached.rawValue, talkSharePercent: review.talkShare.map { Int($0.rounded()) },
            talkShareMeasuredBy: review.talkShareSource.rawValue, talkShareReference: TalkShareReference.ratio,
            longestMonologueWords: review.longestMonologue, questions: review.questions, openQuestions: review.openQuestions,
            questionReference: "\(CallReview.questionReference.lowerBound)-\(CallReview.questionReference.upperBound)",
            needs: review.needs, nextStep: review.nextSteps.last)
        let plan = review.plan.map { plan in
            Document.Plan(objectives: review.objectives.map { .init(text: $0.text, done: $0.learned) },
                          questions: review.plannedQuestions.map { .init(text: $0.text, done: $0.asked) },
                          blankPrep: plan.blankPrepItems)
        }
        let document = Document(
            summary: summary,
            barrierCounts: Dictionary(uniqueKeysWithValues: review.barrierCounts.map { ($0.barrier.rawValue, $0.count) }),
            barriers: review.barriers.map(entry), strengths: review.strengths.map(entry),
            floor: review.floor.map { .init(start: $0.start, end: $0.end, holder: $0.holder.rawValue) }, plan: plan,
            privateNotesLeftOut: review.privateNotesLeftOut, unknownFlags: review.unknownFlags.isEmpty ? nil : review.unknownFlags)
        let encoder = JSONEncoder.readable()
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
