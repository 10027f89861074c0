import CoachCore
// libyaml's event parser, which Yams is built on: the events are read here before Yams composes the tree.
import CYaml

/// Reads a YAML text's events, before it is composed into a tree, for what composing cannot be trusted with:
/// - an alias used as a mapping key, or inside one: the composer compares keys by their whole tree, aliases
///   expanded, so a kilobyte of nested aliases keeps it busy for hours;
/// - aliases that expand to more than `aliasLimit` values (an alias bomb);
/// - a key given twice in one mapping, reported where it is given the second time;
/// - a control character in any text (from escapes such as `\e` or `\x9b`), which could reach a terminal.
/// SecondCall's files need no aliases; nothing here limits a file without them.
enum YAMLPreflight {
    static let aliasLimit = 10_000

    struct Problem {
        var line: Int
        var column: Int
        var message: String
    }

    /// The first problem, or nil: either there is none, or the text is not YAML (Yams then says where).
    static func problem(in text: String) -> Problem? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var walk = Walk()
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
                if let problem = walk.read(&event) { return problem }
            }
        }
    }

    /// Where the reading is: the open mappings and sequences, the anchors' sizes, the aliases' total.
    private struct Walk {
        struct Container {
            var isMapping: Bool
            /// This container is a mapping key, or inside one.
            var isInKey: Bool
            var anchor: String?
            var size = 1
            var nextIsKey = true
            /// Each key given so far, with the line it was given on.
            var keys: [String: Int] = [:]
        }

        var open: [Container] = []
        var anchorSizes: [String: Int] = [:]
        var aliased = 0

        mutating func read(_ event: inout yaml_event_t) -> Problem? {
            let mark = event.start_mark
            let (line, column) = (Int(mark.line) + 1, Int(mark.column) + 1)
            let isKey = open.last.map { $0.isMapping && $0.nextIsKey } ?? false
            let isInKey = isKey || (open.last?.isInKey ?? false)
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                anchorSizes = [:]
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let value = UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length))
                if let control = ControlCharacters.first(in: value) {
                    return Problem(line: line, column: column,
                                   message: "a control character (\(ControlCharacters.name(control.code))) in this text; SecondCall files are plain text, so write it without escapes such as \\e or \\x1b")
                }
                if isKey, let problem = given(String(decoding: value, as: UTF8.self), line: line, column: column) { return problem }
                finish(size: 1, anchor: Self.name(scalar.anchor))
            case YAML_ALIAS_EVENT:
                let name = Self.name(event.data.alias.anchor) ?? ""
                if isInKey {
                    return Problem(line: line, column: column, message: "an alias (*\(name)) cannot be a key or part of one; write the key out")
                }
                let size = anchorSizes[name] ?? 1
                aliased += size
                if aliased > YAMLPreflight.aliasLimit {
                    return Problem(line: line, column: column,
                                   message: "the aliases up to here (*\(name)) stand for more than \(YAMLPreflight.aliasLimit) values; write the values out instead of aliasing them")
                }
                finish(size: size, anchor: nil)
            case YAML_SEQUENCE_START_EVENT:
                open.append(Container(isMapping: false, isInKey: isInKey, anchor: Self.name(event.data.sequence_start.anchor)))
            case YAML_MAPPING_START_EVENT:
                open.append(Container(isMapping: true, isInKey: isInKey, anchor: Self.name(event.data.mapping_start.anchor)))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { return nil }
                finish(size: closed.size, anchor: closed.anchor)
            default:
                break
            }
            return nil
        }

        /// A node is read whole: its anchor (if any) stands for its size, and it counts in its container.
        private mutating func finish(size: Int, anchor: String?) {
            if let anchor { anchorSizes[anchor] = size }
            guard !open.isEmpty else { return }
            open[open.count - 1].size = min(Int.max / 2, open[open.count - 1].size + size)
            if open[open.count - 1].isMapping { open[open.count - 1].nextIsKey.toggle() }
        }

        /// Records a key of the innermost mapping; a problem when it was given before.
        private mutating func given(_ key: String, line: Int, column: Int) -> Problem? {
            if let first = open[open.count - 1].keys[key] {
                return Problem(line: line, column: column, message: "'\(key)' is given twice (first on line \(first)); keep one")
            }
            open[open.count - 1].keys[key] = line
            return nil
        }

        private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            anchor.map { String(cString: $0) }
        }
    }
}
