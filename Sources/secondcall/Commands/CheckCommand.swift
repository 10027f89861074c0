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
        var report = FlagOutput(format: format)
        for path in files {
            var planProblems = false
            let check = FileCheck(pack: pack, path: path, plan: { frontMatter, planLine in
                let (plan, problems) = NotesPlan.read(frontMatter, planLine: planLine, path: path)
                for problem in problems { printError(problem.description) }
                planProblems = !problems.isEmpty
                return plan
            }, emit: { report.add($0) })
            let read = readLines(path) { line in
                for diagnostic in check.read(line: line) { printError(diagnostic.formatted(path: path)) }
            }
            // A file that could not be read is reported as such, and nothing is said of what was not checked.
            guard read else {
                unreadable = true
                continue
            }
            for diagnostic in check.finish() { printError(diagnostic.formatted(path: path)) }
            checked += 1
            if check.hasErrors || planProblems { unreadable = true }
        }
        report.end(files: checked)
        if unreadable { throw ExitCode(2) }
        if report.reachedFailOn(failOn) { throw ExitCode(1) }
    }
}

/// What `check` prints, written as the flags come: text lines and a count per barrier, or one JSON array.
private struct FlagOutput {
    let format: CheckCommand.Format
    private let output = OutputBuffer()
    private let encoder = JSONEncoder.readable()
    private var counts: [String: Int] = [:]
    private var total = 0
    private var worst: Severity?

    init(format: CheckCommand.Format) { self.format = format }

    mutating func add(_ flag: LocatedFlag) {
        switch format {
        case .text:
            output.line(flag.formatted)
        case .json:
            // The array's elements as the readable encoder writes them, indented one level.
            let object = (try? encoder.encode(flag)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            let indented = object.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
            output.line(total == 0 ? "[\n" + indented : ",\n" + indented, ending: false)
        }
        counts[flag.barrier, default: 0] += 1
        total += 1
        worst = max(worst ?? flag.severity, flag.severity)
    }

    func reachedFailOn(_ severity: Severity) -> Bool { worst.map { $0 >= severity } ?? false }

    func end(files: Int) {
        switch format {
        case .text:
            guard files > 0 else { break }
            guard total > 0 else {
                output.line("no barriers flagged in \(Count.of(files, "file"))")
                break
            }
            output.line("")
            for barrier in Barrier.allCases where counts[barrier.rawValue] != nil {
                output.line("\(barrier.rawValue): \(counts[barrier.rawValue]!)")
            }
            output.line("\(Count.of(total, "flag")) in \(Count.of(files, "file"))")
        case .json:
            output.line(total == 0 ? "[]" : "\n]")
        }
        output.flush()
    }
}

extension Severity: ExpressibleByArgument {}
