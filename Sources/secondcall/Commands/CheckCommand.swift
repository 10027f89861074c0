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
            report.startFile(path)
            let check = FileCheck(pack: pack, plan: { frontMatter, planLine in
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
                report.endFile(read: false)
                continue
            }
            for diagnostic in check.finish() { printError(diagnostic.formatted(path: path)) }
            report.endFile(read: true)
            checked += 1
            if check.hasErrors || planProblems { unreadable = true }
        }
        report.end(files: checked)
        if unreadable { throw ExitCode(2) }
        if report.reachedFailOn(failOn) { throw ExitCode(1) }
    }
}

/// What `check` prints, written as the flags come: text lines and a count per barrier, or the one JSON
/// document (`CallJSON`) with a call for each file read.
private struct FlagOutput {
    let format: CheckCommand.Format
    private let output = OutputBuffer()
    private let encoder = JSONEncoder.readable()
    private var counts: [String: Int] = [:]
    private var total = 0
    private var worst: Severity?
    /// The file whose flags come now; in JSON, whether its call is open and how many flags it has so far.
    private var path = ""
    private var callIsOpen = false
    private var flagsInCall = 0
    private var calls = 0

    init(format: CheckCommand.Format) { self.format = format }

    mutating func startFile(_ path: String) {
        self.path = path
        flagsInCall = 0
    }

    mutating func add(_ flag: CoachCore.Flag) {
        switch format {
        case .text:
            output.line(flag.compilerLine(path: path))
        case .json:
            openCall()
            output.line((flagsInCall == 0 ? "\n" : ",\n") + json(flag, indent: 8), ending: false)
            flagsInCall += 1
        }
        counts[flag.target.id, default: 0] += 1
        total += 1
        worst = max(worst ?? flag.severity, flag.severity)
    }

    /// The file was read through (`read`), or could not be: a file read has its call, with or without flags.
    mutating func endFile(read: Bool) {
        guard format == .json else { return }
        if read { openCall() }
        guard callIsOpen else { return }
        output.line((flagsInCall == 0 ? "]" : "\n      ]") + "\n    }", ending: false)
        callIsOpen = false
    }

    private mutating func openCall() {
        guard !callIsOpen else { return }
        let opening = calls == 0 ? "{\n  \"calls\" : [\n" : ",\n"
        output.line(opening + "    {\n      \"file\" : \(json(path, indent: 0)),\n      \"flags\" : [", ending: false)
        callIsOpen = true
        calls += 1
    }

    /// A value as the readable encoder writes it, each line after the first indented by `indent`.
    private func json(_ value: some Encodable, indent: Int) -> String {
        let text = (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
        let padding = String(repeating: " ", count: indent)
        return padding + text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + padding)
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
            output.line((calls == 0 ? "{\n  \"calls\" : [" : "") + "\n  ],\n  \"format\" : \(CallJSON.format)\n}")
        }
        output.flush()
    }
}

extension Severity: ExpressibleByArgument {}
