import CoachCore

/// What `plan --check` says about a plan: each objective that wants or tells, with a rewrite, and each
/// piece of homework left blank.
public enum PlanReport {
    public static func warnings(for loaded: LoadedPlan, coach: ObjectiveCoach, path: String) -> [FileDiagnostic] {
        var warnings: [FileDiagnostic] = []
        func warn(_ position: Diagnostic.Position, _ message: String) {
            warnings.append(FileDiagnostic(path: path, Diagnostic(line: position.line, column: position.column, severity: .warning, message)))
        }
        if loaded.plan.objectives.isEmpty {
            warn(Diagnostic.Position(line: 1, column: 1), "no objectives: write what you need to learn on this call")
        }
        for (objective, position) in zip(loaded.plan.objectives, loaded.objectivePositions) {
            guard let finding = coach.review(objective) else { continue }
            warn(position, "objective framed as a want or a tell: \"\(objective)\"; try: \"\(finding.rewrite)\" (\(finding.why))")
        }
        for ((item, answer), position) in zip(loaded.plan.prep, loaded.prepPositions) where answer.isEmpty {
            warn(position, "prep item '\(item)' is blank: do this homework before the call")
        }
        return warnings
    }
}
