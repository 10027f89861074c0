import ArgumentParser
import CoachCore
import Foundation

struct RulesScore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score the rules against labelled calls: precision, recall and F1 per barrier.",
        discussion: """
        DIR holds calls as NAME.notes, labelled in NAME.expected ('<line> <barrier>' a line; only comments: a clean call).
        A flag finds a label of the same barrier on the same line or the next.
        After the table, every miss and false alarm as 'path:line: missed|false: barrier [rule]'.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var rules: RuleOptions

    @Argument(help: "A folder of labelled calls.")
    var directory: String

    func run() throws {
        let pack = try rules.load()
        let calls = try LabelledCallFolder.read(directory)
        let score = RuleScore(calls: calls.map { call in
            LabelledCallScore(path: call.path, labels: call.labels,
                              flags: LabelledCallScore.place(RuleEngine.flags(for: call.document.notes, pack: pack),
                                                             lines: call.document.lines))
        })
        switch format {
        case .text: print(RuleScoreText.render(score))
        case .json: print(String(decoding: try JSONEncoder.readable().encode(RuleScoreJSON(score)), as: UTF8.self))
        }
    }
}

/// The labelled calls of a folder: each `.notes` file that has an `.expected` file beside it.
enum LabelledCallFolder {
    struct Call {
        var path: String
        var document: NotesDocument
        var labels: CallLabels
    }

    static func read(_ directory: String) throws -> [Call] {
        let folder = URL(fileURLWithPath: directory)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".notes") }.sorted()
        } catch {
            printError("cannot read the folder '\(directory)': \(error.localizedDescription)")
            throw ExitCode(2)
        }
        var calls: [Call] = []
        var problems = false
        for name in names {
            let notesPath = folder.appendingPathComponent(name).path
            let labelsPath = String(notesPath.dropLast(".notes".count)) + ".expected"
            guard FileManager.default.fileExists(atPath: labelsPath) else { continue }
            guard let notes = readInput(notesPath), let labelBytes = readInput(labelsPath) else {
                problems = true
                continue
            }
            let parsed = NotesParser.parse(bytes: notes)
            let (labels, labelProblems) = CallLabels.read(String(decoding: labelBytes, as: UTF8.self))
            for diagnostic in parsed.errors { printError(diagnostic.formatted(path: notesPath)) }
            for diagnostic in labelProblems { printError(diagnostic.formatted(path: labelsPath)) }
            problems = problems || !parsed.errors.isEmpty || !labelProblems.isEmpty
            calls.append(Call(path: notesPath, document: parsed.document, labels: labels))
        }
        if problems { throw ExitCode(2) }
        guard !calls.isEmpty else {
            printError("no labelled calls in '\(directory)': it needs NAME.notes files with NAME.expected beside them")
            throw ExitCode(2)
        }
        return calls
    }
}
