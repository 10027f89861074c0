import CoachCore

/// What a scenario file cannot show by its shape alone: needs no move can reveal, and endings that can
/// never happen.
public enum ScenarioLint {
    public static func problems(_ loaded: LoadedScenario) -> [FileDiagnostic] {
        let scenario = loaded.scenario
        var problems: [FileDiagnostic] = []
        func report(_ position: Diagnostic.Position, _ message: String) {
            problems.append(FileDiagnostic(path: scenario.file, Diagnostic(line: position.line, column: position.column, message)))
        }
        let best = bestTrust(scenario)
        var unreachable: Set<String> = []
        for (need, position) in zip(scenario.needs, loaded.needPositions) {
            if let reason = whyUnreachable(need, scenario, best: best) {
                unreachable.insert(need.id)
                report(position, "need '\(need.id)' can never be revealed: \(reason)")
            }
        }
        let win = scenario.win
        for id in win.needs where !scenario.needs.contains(where: { $0.id == id }) {
            report(loaded.winPosition, "the win needs '\(id)', which is not a need of this scenario")
        }
        for id in win.needs where unreachable.contains(id) {
            report(loaded.winPosition, "the win can never happen: it needs '\(id)', which can never be revealed")
        }
        if win.trust > best {
            report(loaded.winPosition, "the win can never happen: it needs trust \(win.trust), and trust can reach at most \(best) in \(scenario.turnLimit) turns")
        }
        if win.needs.count + 1 > scenario.turnLimit {
            report(loaded.winPosition, "the win can never happen: it needs \(win.needs.count + 1) turns and 'turns' is \(scenario.turnLimit)")
        }
        if scenario.loseAt < 0 {
            report(loaded.trustPosition, "losing can never happen: 'lose_at' is below 0 and trust never goes below 0")
        } else if scenario.loseAt >= scenario.trustStart {
            report(loaded.trustPosition, "the customer would end the call at the first line: 'lose_at' (\(scenario.loseAt)) is not below 'start' (\(scenario.trustStart))")
        }
        return problems
    }

    /// The most trust the rep can earn over the call, starting where the scenario starts, with the moves
    /// that can happen in it.
    static func bestTrust(_ scenario: Scenario) -> Int {
        var possible = Set(MoveKind.allCases).subtracting([.secondCall, .walkAway])
        if scenario.history == nil { possible.subtract([.acknowledgeHistory, .ignoreHistory]) }
        let bestChange = max(0, possible.compactMap { scenario.trustChanges[$0] }.max() ?? 0)
        return min(100, scenario.trustStart + bestChange * max(0, scenario.turnLimit - 1))
    }

    private static func whyUnreachable(_ need: Scenario.Need, _ scenario: Scenario, best: Int) -> String? {
        let revealing = need.revealedBy.subtracting([scenario.win.move, .walkAway])
            .subtracting(scenario.history == nil ? [.acknowledgeHistory, .ignoreHistory] : [])
        if revealing.isEmpty {
            return "no move in 'revealed_by' can reveal it (the win's move and walking away end the call; history moves need 'history')"
        }
        if need.minimumTrust > best {
            return "it needs trust \(need.minimumTrust), and trust can reach at most \(best) in \(scenario.turnLimit) turns"
        }
        return nil
    }
}
