import ArgumentParser
import CoachCore
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Read notes files and flag the barriers in them.",
        discussion: """
        Text output is 'path:line:col: severity: message [barrier/rule-id]', then a count per barrier.
        A file whose front matter carries a plan (as an export of a planned call does) is checked with it.
        Exit 0 when clean, 1 when a flag is at or above --fail-on, 2 for unreadable input, bad notes or bad rules.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a flag is at least this severe: suggestion, warning or error.")
    var failOn: Severity = .warning

    @OptionGroup var rules: RuleOptions

    @Argument(help: "Notes files to check; '-' reads standard input.")
    var files: [String]

    func run() throws {
        let pack = try rules.load()
        var unreadable = false
        var checked = 0
        var located: [LocatedFlag] = []
        for path in files {
            guard let bytes = readInput(path) else {
                unreadable = true
                continue
            }
            checked += 1
            let result = NotesParser.parse(bytes: bytes)
            for diagnostic in result.diagnostics { printError(diagnostic.formatted(path: path)) }
            if !result.errors.isEmpty { unreadable = true }
            let source = String(decoding: bytes, as: UTF8.self)
            let (plan, planProblems) = NotesPlan.read(result.document, source: source, path: path)
            for problem in planProblems { printError(problem.description) }
            if !planProblems.isEmpty { unreadable = true }
            let flags = RuleEngine.flags(for: result.document.notes, pack: pack, plan: plan)
            located += FlagLocator.locate(flags, in: result.document, source: source, path: path)
                .sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        }
        // A file that could not be read is reported as such, and nothing is said of what was not checked.
        switch format {
        case .text: if checked > 0 { printText(located, files: checked) }
        case .json: try printJSON(located)
        }
        if unreadable { throw ExitCode(2) }
        if located.contains(where: { $0.severity >= failOn }) { throw ExitCode(1) }
    }

    private func printText(_ flags: [LocatedFlag], files: Int) {
        for flag in flags { print(flag.formatted) }
        guard !flags.isEmpty else {
            print("no barriers flagged in \(Count.of(files, "file"))")
            return
        }
        print("")
        let counts = Dictionary(grouping: flags, by: \.barrier).mapValues(\.count)
        for barrier in Barrier.allCases where counts[barrier.rawValue] != nil {
            print("\(barrier.rawValue): \(counts[barrier.rawValue]!)")
        }
        print("\(Count.of(flags.count, "flag")) in \(Count.of(files, "file"))")
    }

    private func printJSON(_ flags: [LocatedFlag]) throws {
        let encoder = JSONEncoder.readable()
        print(flags.isEmpty ? "[]" : String(decoding: try encoder.encode(flags), as: UTF8.self))
    }
}

extension Severity: ExpressibleByArgument {}
