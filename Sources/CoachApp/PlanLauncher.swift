import CoachCore
import CoachPacks
import CoachTUI

/// The plan form, wired to its file and to the call it starts.
public func planScreen(plan: CallPlan, files: PlanFiles, coach: ObjectiveCoach,
                launcher: @escaping (CallPlan) throws -> LiveCallLauncher) -> PlanFormScreen {
    PlanFormScreen(plan: plan, coach: coach, save: files.save) { plan in
        .replace(MessageScreen.orProblem("Cannot start the call") { try launcher(plan).firstScreen() })
    }
}
