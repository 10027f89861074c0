import ArgumentParser
import CoachCore
import CoachPacks

/// The shipped checklist; a problem in it is printed and ends the command with exit 2.
func loadChecklist() throws -> Checklist {
    do {
        return try ChecklistLoader.loadDefault()
    } catch {
        printError("the checklist: \(error)")
        throw ExitCode(2)
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
