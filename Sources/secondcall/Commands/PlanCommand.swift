import ArgumentParser
import CoachCore
import CoachPacks
import Foundation

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan a call as a learning exercise.",
        discussion: """
        A plan file is YAML with account, contact, style, objectives (list), questions (list) and prep (item: answer).
        --check reports objectives framed as a want or a tell, each with a rewrite as something to learn, and
        blank prep items: 'path:line:col: warning: ...'. Exit 0 when clean, 1 with warnings, 2 for a bad file.
        """
    )

    @Option(help: ArgumentHelp("Check a plan file and report on it.", valueName: "file"))
    var check: String?

    func run() throws {
        guard let path = check else {
            printError("the plan form is not available yet; 'secondcall plan --check FILE' checks a plan file")
            throw ExitCode(2)
        }
        guard let bytes = readInput(path) else { throw ExitCode(2) }
        let (loaded, problems) = PlanFileReader.read(path: path, text: String(decoding: bytes, as: UTF8.self))
        guard let loaded, problems.isEmpty else {
            for problem in problems { printError(problem.description) }
            throw ExitCode(2)
        }
        let coach: ObjectiveCoach
        do {
            coach = try ObjectiveCoachLoader.loadDefault()
        } catch {
            printError("the objective patterns: \(error)")
            throw ExitCode(2)
        }
        let warnings = PlanReport.warnings(for: loaded, coach: coach, path: path)
        for warning in warnings { print(warning.description) }
        let plan = loaded.plan
        let flagged = warnings.filter { $0.diagnostic.message.hasPrefix("objective") }.count
        print("\(plan.objectives.count) objective\(plan.objectives.count == 1 ? "" : "s"), \(plan.objectives.count - flagged) in learning mode; \(plan.blankPrepItems.count) of \(plan.prep.count) prep items blank")
        if !warnings.isEmpty { throw ExitCode(1) }
    }
}
