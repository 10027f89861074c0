import CoachCore
import Foundation
import Yams

/// Reads a YAML mapping field by field, collecting a `line:col` diagnostic for each problem instead of
/// stopping at the first: a wrong type, a missing field, a value outside its list, or a field that does not
/// exist (naming the ones that do).
struct YAMLReader {
    let path: String
    private(set) var diagnostics: [FileDiagnostic] = []

    init(path: String) { self.path = path }

    /// Parses a whole file; a problem becomes one diagnostic at its place, in one line that quotes nothing
    /// of the file but what was read as text (so free of control characters: `YAMLPreflight`).
    mutating func document(_ text: String) -> Node? {
        if let problem = YAMLPreflight.problem(in: text) {
            report(line: problem.line, column: problem.column, problem.message)
            return nil
        }
        do {
            // UTF-8 named here (Yams' default reads the environment on every parse), and no tag resolution:
            // every value is read as text and checked by the reader, so Yams' regular expressions are not needed.
            guard let node = try Yams.compose(yaml: text, .basic, .default, .utf8) else {
                report(line: 1, column: 1, "the file is empty")
                return nil
            }
            return node
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                report(line: mark.line, column: mark.column, "YAML syntax: \(problem)" + Self.hint(at: mark, in: text))
            case .reader(let problem, let offset, let value, _):
                let place = Self.position(ofCharacter: offset ?? 0, in: text)
                let code = value >= 0 ? " (\(ControlCharacters.name(UInt32(value))))" : ""
                report(line: place.line, column: place.column, "YAML: \(problem)\(code); SecondCall files are plain UTF-8 text")
            case .duplicatedKeysInMapping(let duplicates, let context):
                report(line: context.mark.line, column: context.mark.column,
                       "\(duplicates.map { "'\($0)'" }.joined(separator: ", ")) given twice; keep one")
            default:
                report(line: 1, column: 1, "YAML: this file cannot be read")
            }
            return nil
        } catch {
            report(line: 1, column: 1, "YAML: this file cannot be read")
            return nil
        }
    }

    /// Line and column (in characters, from 1) of the character `offset` characters into `text`.
    private static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        var (line, column) = (1, 1)
        for character in text.prefix(offset) {
            if character.isNewline { (line, column) = (line + 1, 1) } else { column += character.unicodeScalars.count }
        }
        return (line, column)
    }

    /// A phrase naming a vocabulary starts with '@', which YAML keeps for itself: say how to write it.
    private static func hint(at mark: Mark, in text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return "" }
        let rest = lines[mark.line - 1].dropFirst(max(0, mark.column - 1))
        return rest.hasPrefix("@") ? "; a phrase that names a vocabulary goes in quotes: \"\(rest.prefix { $0 != "," && $0 != "]" })\"" : ""
    }

    mutating func report(_ node: Node?, _ message: String) {
        report(line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message)
    }

    mutating func report(line: Int, column: Int, _ message: String) {
        diagnostics.append(FileDiagnostic(path: path, Diagnostic(line: line, column: column, message)))
    }

    // MARK: Mappings

    mutating func mapping(_ node: Node?, what: String) -> Fields? {
        guard let node else { return nil }
        guard case .mapping(let mapping) = node else {
            report(node, "\(what) must be a mapping of 'key: value' lines")
            return nil
        }
        var fields = Fields(node: node)
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                report(key, "keys must be plain words")
                continue
            }
            if fields.values[scalar.string] != nil { report(key, "'\(scalar.string)' is given twice") }
            fields.values[scalar.string] = value
            fields.keyNodes[scalar.string] = key
            fields.order.append(scalar.string)
        }
        return fields
    }

    /// Reports a required field that is not there; nil, so it can stand in for the value.
    mutating func missing<T>(_ fields: Fields, _ key: String) -> T? {
        report(fields.node, "missing field '\(key)'")
        return nil
    }

    /// Reports every field not in `allowed`, naming the ones that are.
    mutating func rejectUnknown(_ fields: Fields, allowed: [String], context: String) {
        for key in fields.order where !allowed.contains(key) {
            report(fields.keyNodes[key], "unknown field '\(key)' in \(context); valid fields: \(allowed.joined(separator: ", "))")
        }
    }

    // MARK: Values

    mutating func string(_ fields: Fields, _ key: String, required: Bool = false) -> String? {
        guard let node = fields.values[key] else {
            if required { report(fields.node, "missing field '\(key)'") }
            return nil
        }
        guard case .scalar(let scalar) = node, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
            report(node, "'\(key)' must be text")
            return nil
        }
        return scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Text that may be left empty (`key:` with nothing after it reads as "").
    mutating func optionalText(_ fields: Fields, _ key: String) -> String {
        guard let node = fields.values[key] else { return "" }
        guard case .scalar(let scalar) = node else {
            report(node, "'\(key)' must be text")
            return ""
        }
        if scalar.style == .plain, ["~", "null"].contains(scalar.string) { return "" }
        return scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    mutating func strings(_ fields: Fields, _ key: String, required: Bool = false) -> [(String, Node)]? {
        guard let node = fields.values[key] else {
            if required { report(fields.node, "missing field '\(key)' (a list)") }
            return nil
        }
        guard case .sequence(let sequence) = node else {
            report(node, "'\(key)' must be a list ('- item' lines)")
            return nil
        }
        var items: [(String, Node)] = []
        for item in sequence {
            guard case .scalar(let scalar) = item else {
                report(item, "each item of '\(key)' must be text")
                continue
            }
            items.append((Self.trimmed(scalar.string), item))
        }
        return items
    }

    mutating func number(_ fields: Fields, _ key: String, range: ClosedRange<Double>) -> Double? {
        guard let node = fields.values[key] else { return nil }
        guard case .scalar(let scalar) = node, let value = Double(scalar.string), range.contains(value) else {
            report(node, "'\(key)' must be a number from \(Self.format(range.lowerBound)) to \(Self.format(range.upperBound))")
            return nil
        }
        return value
    }

    mutating func integer(_ fields: Fields, _ key: String, range: ClosedRange<Int>) -> Int? {
        number(fields, key, range: Double(range.lowerBound)...Double(range.upperBound)).flatMap { value in
            guard value == value.rounded() else {
                report(fields.values[key], "'\(key)' must be a whole number")
                return nil
            }
            return Int(value)
        }
    }

    mutating func bool(_ fields: Fields, _ key: String) -> Bool? {
        guard let node = fields.values[key] else { return nil }
        guard case .scalar(let scalar) = node, let value = Bool(scalar.string.lowercased()) else {
            report(node, "'\(key)' must be true or false")
            return nil
        }
        return value
    }

    /// A value that must be one of a fixed list (a barrier, a severity, a stage).
    mutating func choice<T: RawRepresentable & CaseIterable>(_ fields: Fields, _ key: String, required: Bool = false) -> T?
    where T.RawValue == String {
        guard let text = string(fields, key, required: required) else { return nil }
        return oneOf(text, at: fields.values[key], what: key)
    }

    /// `text` as one of a fixed list; when it is none of them, a report at `node` that names them all.
    mutating func oneOf<T: RawRepresentable & CaseIterable>(_ text: String, at node: Node?, what: String, listedAs listing: String = "one of") -> T?
    where T.RawValue == String {
        guard let value = T(rawValue: text) else {
            report(node, "unknown \(what) '\(text)'; \(listing): \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return value
    }

    /// A list of phrases; a bad one is reported at its own column, and the list is then nil.
    mutating func phrases(_ fields: Fields, _ key: String, required: Bool = false) -> [PhrasePattern]? {
        guard let items = strings(fields, key, required: required) else { return nil }
        if required, items.isEmpty {
            report(fields.values[key], "'\(key)' needs at least one phrase")
            return nil
        }
        var patterns: [PhrasePattern] = []
        var failed = false
        for (text, node) in items {
            do {
                patterns.append(try PhrasePattern(text))
            } catch {
                let mark = node.mark
                let quoted = if case .scalar(let scalar) = node { scalar.style == .singleQuoted || scalar.style == .doubleQuoted } else { false }
                report(line: mark?.line ?? 1, column: (mark?.column ?? 1) + (quoted ? 1 : 0) + error.offset,
                       "bad phrase '\(text)': \(error.message)")
                failed = true
            }
        }
        return failed ? nil : patterns
    }

    /// The text without the spaces around it; most list items have none, and are returned as they are.
    private static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              first.properties.isWhitespace || last.properties.isWhitespace else { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// A YAML mapping's fields by name, with their nodes for positions.
struct Fields {
    let node: Node
    var values: [String: Node] = [:]
    var keyNodes: [String: Node] = [:]
    var order: [String] = []

    func has(_ key: String) -> Bool { values[key] != nil }
}
