import ArgumentParser
import CoachCore
import CoachPacks

/// Reads a plan file; a problem in it is printed with its line and column and ends the command with exit 2.
func readPlanFile(_ path: String) throws -> LoadedPlan {
    guard let bytes = readInput(path) else { throw ExitCode(2) }
    let (loaded, problems) = PlanFileReader.read(path: path, bytes: bytes)
    guard let loaded, problems.isEmpty else {
        for problem in problems { printError(problem.description) }
        throw ExitCode(2)
    }
    return loaded
}
