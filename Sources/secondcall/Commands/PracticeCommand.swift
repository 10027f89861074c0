import ArgumentParser
import CoachApp
import CoachCore
import CoachPacks
import Foundation

struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Practise against a scripted customer.",
        discussion: """
        The customer answers the way a real one would: guarded when pitched, open when asked good questions.
        Each scenario hides needs that only the right move uncovers; the win is the second call \
        (or, with a prospect who is not a fit, walking away politely).
        --replay reads the rep's lines (me: ...) from a notes file and prints the transcript and the debrief, \
        whose first line is 'outcome: win', 'outcome: lost' or 'outcome: unfinished'.
        """
    )

    @Argument(help: "The scenario's id ('--list' shows them).")
    var scenario: String?

    @ArgumentParser.Flag(help: "List the scenarios: id, title and difficulty.")
    var list = false

    @Option(help: ArgumentHelp("Play the rep's lines from a notes file, without a screen.", valueName: "file"))
    var replay: String?

    @OptionGroup var scenarios: ScenarioOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var rules: RuleOptions

    func run() throws {
        let loaded = try scenarios.load()
        if list || scenario == nil {
            let all = loaded.scenarios.map(\.scenario)
            let rows = all.sorted { ($0.difficulty, $0.id) < ($1.difficulty, $1.id) }
                .map { [$0.id, $0.title, $0.difficulty.rawValue, $0.barriers.map(\.rawValue).joined(separator: ", ")] }
            print(TextTable.render(header: ["ID", "TITLE", "DIFFICULTY", "BARRIERS"], rows: rows))
            if !list { print("\n'secondcall practice ID' starts one.") }
            return
        }
        guard let id = scenario, let chosen = loaded.scenario(id: id) else {
            printError("no scenario '\(scenario ?? "")'; 'secondcall practice --list' shows them")
            throw ExitCode(2)
        }
        let (pack, checklist, lexicon) = (try rules.load(), try loadChecklist(), try scenarios.lexicon())
        if let replay {
            return try self.replay(PracticeRun(scenario: chosen, pack: pack, checklist: checklist, lexicon: lexicon), from: replay)
        }
        let lock = try storeOptions.lock()
        let store = try storeOptions.open()
        let launcher = PracticeLauncher(CallSetup(store: store, takeLock: { lock }, pack: pack, checklist: checklist), lexicon: lexicon)
        try runInTerminal { _ in try runStore { try launcher.screen(for: chosen) } }
    }

    private func replay(_ run: PracticeRun, from path: String) throws {
        guard let bytes = readInput(path) else { throw ExitCode(2) }
        let parsed = NotesParser.parse(bytes: bytes)
        for diagnostic in parsed.diagnostics { printError(diagnostic.formatted(path: path)) }
        guard parsed.errors.isEmpty else { throw ExitCode(2) }
        let persona = run.scenario.persona
        print("\(persona.name) (\(persona.role), \(persona.company)): \(run.scenario.opening)")
        for note in parsed.document.notes where note.speaker == .me && !run.isOver {
            guard let turn = run.say(note.text, elapsed: note.elapsed) else { continue }
            print("me: \(turn.rep)")
            for reply in turn.replies { print("\(persona.name): \(reply)") }
            let revealed = turn.revealed.map { ", need found: \($0)" } ?? ""
            print("    [\(turn.move.kind.rawValue), trust \(turn.trust)\(revealed)]")
        }
        run.stop()
        print("")
        for line in Debrief(run).lines { print(line) }
    }
}
