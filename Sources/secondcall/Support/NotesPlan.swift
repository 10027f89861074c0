import CoachApp
import CoachCore
import CoachPacks

/// The plan a notes file carries in its front matter (`plan:` and the plan file's lines indented under
/// it), as an export of a planned call writes it. A problem in it is placed at its line in the notes file.
enum NotesPlan {
    /// `planLine` is the line of the front matter's `plan:` key.
    static func read(_ frontMatter: FrontMatter, planLine: Int?, path: String) -> (CallPlan?, [FileDiagnostic]) {
        guard let text = frontMatter["plan"], !text.isEmpty else { return (nil, []) }
        let (loaded, problems) = PlanFileReader.read(path: path, text: text)
        let keyLine = planLine ?? 1
        let placed = problems.map { problem in
            var diagnostic = problem.diagnostic
            diagnostic.line += keyLine
            diagnostic.column += FrontMatter.blockIndent
            return FileDiagnostic(path: path, diagnostic)
        }
        return (loaded?.plan, placed)
    }
}
