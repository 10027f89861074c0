/// Reads the notes format. Total: every line gives a note, nothing (blank, comment, front matter) or a
/// diagnostic, and a bad line never stops the rest of the file from being read.
public enum NotesParser {
    public struct Result: Sendable {
        public var document: NotesDocument
        public var diagnostics: [Diagnostic]
        /// The line of the front matter's `plan:` key, when it has one: a problem in the plan is placed from it.
        public var planLine: Int?

        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    }

    public static let commandNames = ["stage", "need", "next", "mark"]

    public static func parse(_ text: String) -> Result {
        parse(bytes: Array(text.utf8))
    }

    public static func parse(bytes: [UInt8]) -> Result {
        var reader = NotesReader()
        var notes: [Note] = []
        var lines: [Int] = []
        var diagnostics: [Diagnostic] = []
        func take(_ output: inout NotesReader.Output) {
            for read in output.notes {
                notes.append(read.note)
                lines.append(read.line)
            }
            diagnostics += output.diagnostics
            output.removeAll()
        }
        var output = NotesReader.Output()
        bytes.withUnsafeBufferPointer { buffer in
            NotesReader.forEachLine(in: buffer) { line in
                reader.read(line: line, into: &output)
                take(&output)
            }
        }
        reader.finish(into: &output)
        take(&output)
        return Result(document: NotesDocument(frontMatter: reader.frontMatter, notes: notes, lines: lines),
                      diagnostics: diagnostics, planLine: reader.planLine)
    }
}
