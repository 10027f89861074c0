import CoachCore

/// One rep's calls summed up for the manager's view (or the whole team's, under the name "team"), from the
/// same per-call measures the rep's own review shows.
public struct RepSummary: Sendable, Equatable {
    public var rep: String
    public var calls: Int
    /// Mean talk share over the calls that measured one, in percent.
    public var talkShare: Double?
    public var questionsPerCall: Double
    /// Open questions as a share of all questions asked, in percent.
    public var openShare: Double?
    /// Barrier flags per call, by barrier (dismissed flags left out).
    public var barriersPerCall: [Barrier: Double]
    public var needsPerCall: Double
    public var callsWithNextStep: Int
    /// Per call, oldest first: talk share, questions and barrier flags, for the trend lines.
    public var talkShareTrend: [Double]
    public var questionsTrend: [Double]
    public var barriersTrend: [Double]

    public init(rep: String, figures: [CallFigures]) {
        self.rep = rep
        calls = figures.count
        let count = Double(max(1, figures.count))
        let shares = figures.compactMap(\.talkShare)
        talkShare = shares.isEmpty ? nil : shares.reduce(0, +) / Double(shares.count)
        let questions = figures.reduce(0) { $0 + $1.questions }
        questionsPerCall = Double(questions) / count
        openShare = questions == 0 ? nil : Double(figures.reduce(0) { $0 + $1.openQuestions }) * 100 / Double(questions)
        barriersPerCall = Dictionary(uniqueKeysWithValues: Barrier.allCases.map { barrier in
            (barrier, Double(figures.reduce(0) { $0 + ($1.barriers[barrier] ?? 0) }) / count)
        })
        needsPerCall = Double(figures.reduce(0) { $0 + $1.needs }) / count
        callsWithNextStep = figures.filter { $0.nextSteps > 0 }.count
        talkShareTrend = figures.map { $0.talkShare ?? 0 }
        questionsTrend = figures.map { Double($0.questions) }
        barriersTrend = figures.map { Double($0.barrierFlags) }
    }

    public var barrierFlagsPerCall: Double { barriersPerCall.values.reduce(0, +) }
}

/// The manager's view: each rep, then the team as a whole.
public struct TeamSummary: Sendable {
    public var reps: [RepSummary]
    public var team: RepSummary

    public init(_ calls: [TeamCall]) {
        let byRep = Dictionary(grouping: calls, by: \.rep)
        reps = byRep.keys.sorted().map { rep in
            RepSummary(rep: rep, figures: byRep[rep]!.sorted { $0.figures.startedAt < $1.figures.startedAt }.map(\.figures))
        }
        team = RepSummary(rep: "team", figures: calls.map(\.figures).sorted { $0.startedAt < $1.startedAt })
    }

    /// A long run of calls squeezed into at most `width` points (each the mean of its stretch), so a trend
    /// line fits a line of text.
    public static func squeeze(_ values: [Double], to width: Int = 24) -> [Double] {
        guard values.count > width else { return values }
        return (0..<width).map { point in
            let slice = values[(point * values.count / width)..<((point + 1) * values.count / width)]
            return slice.reduce(0, +) / Double(slice.count)
        }
    }
}
