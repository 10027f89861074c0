import CoachCore
import CoachPacks
import CoachResources
import Foundation

/// What can be fuzzed, and the invariants each input must keep. A target throws a `FuzzFinding` when an
/// invariant breaks; a crash is a finding too.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case parser, rules, scenarios, plans, keys

    public func run(_ bytes: [UInt8]) throws {
        var input = FuzzInput(bytes)
        switch self {
        case .parser: try Self.parser(&input)
        case .rules: try Self.rules(&input)
        case .scenarios: try Self.scenarios(&input)
        case .plans: try Self.plans(&input)
        case .keys: try KeyStorm.run(&input)
        }
    }

    /// Any bytes read as notes: every problem has its place in the file, and what was read writes back
    /// and reads again as the same notes.
    private static func parser(_ input: inout FuzzInput) throws {
        let bytes = TextMutator.mutate([Seeds.notes], with: &input)
        let parsed = NotesParser.parse(bytes: bytes)
        let lineCount = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
        for diagnostic in parsed.diagnostics {
            try check(diagnostic.line >= 1 && diagnostic.line <= lineCount && diagnostic.column >= 1,
                      "a diagnostic outside the file: \(diagnostic.line):\(diagnostic.column) of \(lineCount) lines")
        }
        let again = NotesParser.parse(NotesWriter.write(parsed.document))
        try check(again.errors.isEmpty, "written notes do not read back: \(again.errors.first.map { "\($0)" } ?? "")")
        if again.document.notes != parsed.document.notes {
            let index = zip(again.document.notes, parsed.document.notes).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(again.document.notes.count, parsed.document.notes.count)
            let read = parsed.document.notes.indices.contains(index) ? "\(parsed.document.notes[index])" : "nothing"
            let reread = again.document.notes.indices.contains(index) ? "\(again.document.notes[index])" : "nothing"
            throw FuzzFinding("note \(index + 1) read as \(read) but written and read back as \(reread)")
        }
    }

    /// A broken rule file is reported, never loaded half-way; a rule that loads runs on a call, with the
    /// shipped vocabularies its phrases may name.
    private static func rules(_ input: inout FuzzInput) throws {
        let text = String(decoding: TextMutator.mutate(Seeds.rules, with: &input), as: UTF8.self)
        let pack = Seeds.pack
        let (rule, problems) = RulePackLoader.readRule(path: "fuzz.yaml", text: text, vocabularyNames: Set(pack.vocabularies.names))
        try checkPlaces(problems, in: text)
        if let rule {
            try check(problems.isEmpty, "a rule loaded with problems")
            _ = RuleEngine.flags(for: Seeds.call, pack: RulePack(rules: [rule], vocabularies: pack.vocabularies, normaliser: pack.normaliser))
        }
    }

    /// A broken scenario is reported; one that loads can be linted and played.
    private static func scenarios(_ input: inout FuzzInput) throws {
        let text = String(decoding: TextMutator.mutate(Seeds.scenarios, with: &input), as: UTF8.self)
        let (loaded, problems) = ScenarioReader.read(path: "fuzz.yaml", text: text)
        try checkPlaces(problems, in: text)
        guard let loaded else { return }
        try checkPlaces(ScenarioLint.problems(loaded), in: text)
        let run = PracticeRun(scenario: loaded.scenario, pack: Seeds.pack, checklist: Checklist(items: []), lexicon: Seeds.lexicon)
        for note in Seeds.call where note.speaker == .me { run.say(note.text) }
        try check(run.trustHistory.allSatisfy { (0...100).contains($0) }, "trust left 0...100: \(run.trustHistory)")
    }

    /// A broken plan is reported; one that loads writes back to the same plan.
    private static func plans(_ input: inout FuzzInput) throws {
        let text = String(decoding: TextMutator.mutate([Seeds.plan], with: &input), as: UTF8.self)
        let (loaded, problems) = PlanFileReader.read(path: "fuzz.yaml", text: text)
        try checkPlaces(problems, in: text)
        guard let plan = loaded?.plan else { return }
        let (again, againProblems) = PlanFileReader.read(path: "again.yaml", text: try PlanFileWriter.write(plan))
        try check(againProblems.isEmpty && again?.plan == plan, "a plan did not survive writing and reading back")
    }

    /// Every problem points into the file. YAML also breaks lines at a lone CR, NEL, LS and PS, so those
    /// count as lines here too.
    private static func checkPlaces(_ problems: [FileDiagnostic], in text: String) throws {
        let breaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]
        let lines = text.unicodeScalars.filter(breaks.contains).count + 2
        for problem in problems {
            try check(problem.diagnostic.line >= 1 && problem.diagnostic.line <= lines && problem.diagnostic.column >= 1,
                      "a problem reported outside the file: \(problem)")
        }
    }
}
