import CoachCore
import CoachTeam
import Foundation

/// The manager's view as JSON: every figure unrounded, each rep's trends per call, oldest first.
struct TeamReportJSON: Encodable {
    struct Rep: Encodable {
        var rep: String
        var calls: Int
        var talkShare: Double?
        var questionsPerCall: Double
        var openShare: Double?
        var barrierFlagsPerCall: Double
        var barriersPerCall: [String: Double]
        var needsPerCall: Double
        var callsWithNextStep: Int
        var trend: [String: [Double]]

        init(_ summary: RepSummary) {
            rep = summary.rep
            calls = summary.calls
            talkShare = summary.talkShare
            questionsPerCall = summary.questionsPerCall
            openShare = summary.openShare
            barrierFlagsPerCall = summary.barrierFlagsPerCall
            barriersPerCall = Dictionary(uniqueKeysWithValues: summary.barriersPerCall.map { ($0.key.rawValue, $0.value) })
            needsPerCall = summary.needsPerCall
            callsWithNextStep = summary.callsWithNextStep
            trend = ["talkShare": summary.talkShareTrend, "questions": summary.questionsTrend, "barriers": summary.barriersTrend]
        }
    }

    var format = 1
    var reps: [Rep]
    var team: Rep

    static func render(_ summary: TeamSummary) throws -> String {
        let report = TeamReportJSON(reps: summary.reps.map(Rep.init), team: Rep(summary.team))
        return String(decoding: try JSONEncoder.readable().encode(report), as: UTF8.self) + "\n"
    }
}
