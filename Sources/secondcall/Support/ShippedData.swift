import CoachCore
import CoachPacks

/// The shipped checklist; a problem in it is printed and ends the command with exit 2.
func loadChecklist() throws -> Checklist {
    try exitingOnFailure(saying: "the checklist") { try ChecklistLoader.loadDefault() }
}

/// The objective patterns; a problem in them is printed and ends the command with exit 2.
func loadObjectiveCoach() throws -> ObjectiveCoach {
    try exitingOnFailure(saying: "the objective patterns") { try ObjectiveCoachLoader.loadDefault() }
}
