import CoachCore
import ArgumentParser
import CoachPacks
import CoachTUI

/// The plan form, wired to its file and to the call it starts.
func planScreen(plan: CallPlan, files: PlanFiles, coach: ObjectiveCoach,
                launcher: @escaping (CallPlan) throws -> LiveCallLauncher) -> PlanFormScreen {
    PlanFormScreen(plan: plan, coach: coach, save: files.save) { plan in
        .replace(MessageScreen.orProblem("Cannot start the call") { try launcher(plan).firstScreen() })
    }
}

/// The objective patterns; a problem in them is printed and ends the command with exit 2.
func loadObjectiveCoach() throws -> ObjectiveCoach {
    do {
        return try ObjectiveCoachLoader.loadDefault()
    } catch {
        printError("the objective patterns: \(error)")
        throw ExitCode(2)
    }
}
