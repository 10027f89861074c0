import CoachCore
import Foundation
import Yams

/// Reads one vocabulary file (`vocabularies/NAME.yaml` in a pack): what it is for, its phrases, and
/// examples it must find a phrase in and must not.
enum VocabularyFileReader {
    static func read(name: String, path: String, text: String, vocabularyNames: Set<String>) -> (Vocabulary?, [FileDiagnostic]) {
        var yaml = YAMLReader(path: path)
        guard Vocabulary.isValidName(name) else {
            yaml.report(line: 1, column: 1, "a vocabulary file is named in lower-case words joined by '-' (it is used as '@\(name)'); rename it, e.g. 'our-company.yaml'")
            return (nil, yaml.diagnostics)
        }
        guard let fields = yaml.mapping(yaml.document(text), what: "a vocabulary file") else { return (nil, yaml.diagnostics) }
        yaml.rejectUnknown(fields, allowed: ["about", "phrases", "examples"], context: "a vocabulary")
        let about = yaml.optionalText(fields, "about")
        let phrases = yaml.phrases(fields, "phrases", required: true)
        if let phrases, phrases.contains(where: { $0.vocabularyNames.contains { !vocabularyNames.contains($0) } }) {
            for (text, node) in yaml.strings(fields, "phrases") ?? [] {
                for unknown in (try? PhrasePattern(text))?.vocabularyNames ?? [] where !vocabularyNames.contains(unknown) {
                    yaml.report(node, "no vocabulary named '@\(unknown)'")
                }
            }
        }
        let examples = readExamples(fields, &yaml)
        guard let phrases, let examples, yaml.diagnostics.isEmpty else { return (nil, yaml.diagnostics) }
        return (Vocabulary(name: name, about: about, phrases: phrases, sources: [.init(file: path, examples: examples)]), [])
    }

    private static func readExamples(_ fields: Fields, _ yaml: inout YAMLReader) -> VocabularyExamples? {
        guard let node = fields.values["examples"] else {
            yaml.report(fields.node, "missing field 'examples': a vocabulary needs 'match' and 'miss' examples (texts it must and must not find a phrase in)")
            return nil
        }
        guard let examples = yaml.mapping(node, what: "'examples'") else { return nil }
        yaml.rejectUnknown(examples, allowed: ["match", "miss"], context: "'examples'")
        let match = (yaml.strings(examples, "match") ?? []).map(\.0)
        let miss = (yaml.strings(examples, "miss") ?? []).map(\.0)
        guard !match.isEmpty, !miss.isEmpty else {
            yaml.report(node, "'examples' needs at least one 'match' and one 'miss' text")
            return nil
        }
        return VocabularyExamples(match: match, miss: miss)
    }
}

/// Reads a pack's `normalising/*.yaml`: the shorthand reps type and what it stands for, and words the
/// stemmer must leave alone.
enum NormalisingFileReader {
    static func read(path: String, text: String) -> (shorthand: [String: String], unstemmed: [String], [FileDiagnostic]) {
        var yaml = YAMLReader(path: path)
        guard let fields = yaml.mapping(yaml.document(text), what: "a normalising file") else { return ([:], [], yaml.diagnostics) }
        yaml.rejectUnknown(fields, allowed: ["shorthand", "unstemmed"], context: "a normalising file")
        var shorthand: [String: String] = [:]
        if let node = fields.values["shorthand"], let entries = yaml.mapping(node, what: "'shorthand'") {
            for key in entries.order {
                guard case .scalar(let value)? = entries.values[key], !value.string.isEmpty else {
                    yaml.report(entries.values[key], "'\(key)' must stand for words, e.g. 'abt: about'")
                    continue
                }
                guard Tokenizer.words(key).count == 1 else {
                    yaml.report(entries.keyNodes[key], "shorthand '\(key)' must be one typed word (like 'abt', 'w/' or '#s')")
                    continue
                }
                shorthand[key] = value.string
            }
        }
        let unstemmed = (yaml.strings(fields, "unstemmed") ?? []).map(\.0)
        return (shorthand, unstemmed, yaml.diagnostics)
    }
}
