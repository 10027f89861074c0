/// Reads the notes format a line at a time, so a file of any length is read in the memory one line takes.
/// Front matter is read as it comes; when its closing `---` never comes, its lines are read again as notes.
public struct NotesReader {
    /// A note and where it is: its line, and the column (in characters, from 1) where its words start.
    public struct ReadNote: Sendable {
        public var note: Note
        public var line: Int
        public var textColumn: Int
    }

    /// What the lines read so far gave; the caller takes it and empties it.
    public struct Output: Sendable {
        public var notes: [ReadNote] = []
        public var diagnostics: [Diagnostic] = []

        public init() {}

        public mutating func removeAll() {
            notes.removeAll(keepingCapacity: true)
            diagnostics.removeAll(keepingCapacity: true)
        }
    }

    private enum State {
        /// Before anything but blank lines and comments: front matter may still open.
        case start
        /// After an opening `---`, until the closing one: the lines are kept, in case it never closes.
        case frontMatter(fence: Int, lines: [[UInt8]], diagnostics: [Diagnostic])
        case notes
    }

    public private(set) var frontMatter = FrontMatter()
    /// The line of the front matter's `plan:` key.
    public private(set) var planLine: Int?
    private var state = State.start
    private var lineNumber = 0
    private var lines = LineReader()

    public init() {}

    /// Reads the next line, without its line feed (a carriage return before it is taken off here).
    public mutating func read(line: UnsafeBufferPointer<UInt8>, into output: inout Output) {
        lineNumber += 1
        var line = line
        if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = UnsafeBufferPointer(rebasing: line[3...]) }
        if let last = line.last, last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
        if case .frontMatter(let fence, var kept, var held) = state {
            state = .notes
            kept.append(Array(line))
            if readFrontMatter(line, diagnostics: &held) {
                output.diagnostics += held
            } else {
                state = .frontMatter(fence: fence, lines: kept, diagnostics: held)
            }
            return
        }
        readBody(line, into: &output)
    }

    /// Ends the file: front matter left open is reported, and its lines read as notes.
    public mutating func finish(into output: inout Output) {
        guard case .frontMatter(let fence, let kept, _) = state else {
            lines.endBlock(into: &frontMatter)
            return
        }
        state = .notes
        frontMatter = FrontMatter()
        planLine = nil
        lines.block = nil
        output.diagnostics.append(Diagnostic(line: fence, column: 1,
            "front matter opened with '---' is never closed; add a line '---' after its last 'key: value' line (the lines after it were read as notes)"))
        lineNumber = fence
        for line in kept {
            lineNumber += 1
            line.withUnsafeBufferPointer { readBody($0, into: &output) }
        }
    }

    private mutating func readBody(_ line: UnsafeBufferPointer<UInt8>, into output: inout Output) {
        guard let trimmed = lines.begin(line, number: lineNumber, diagnostics: &output.diagnostics), !trimmed.isEmpty else { return }
        if case .start = state {
            // Comments may come before the front matter; only a note or a fence ends the chance of one.
            if line[trimmed.lowerBound] == UInt8(ascii: "#") { return }
            if lines.isFence(trimmed) {
                state = .frontMatter(fence: lineNumber, lines: [], diagnostics: [])
                return
            }
            state = .notes
        }
        lines.readNoteLine(trimmed, into: &output)
    }

    /// One line inside the front matter; true when it is the closing fence.
    private mutating func readFrontMatter(_ line: UnsafeBufferPointer<UInt8>, diagnostics: inout [Diagnostic]) -> Bool {
        guard let trimmed = lines.begin(line, number: lineNumber, diagnostics: &diagnostics) else { return false }
        if lines.readBlockLine(trimmed, into: &frontMatter) { return false }
        if trimmed.isEmpty { return false }
        lines.endBlock(into: &frontMatter)
        if lines.isFence(trimmed) { return true }
        if let key = lines.readFrontMatterLine(trimmed, into: &frontMatter, diagnostics: &diagnostics), key == "plan", planLine == nil {
            planLine = lineNumber
        }
        return false
    }

    /// Calls `body` with each line of `bytes` (without its line feed); the last line needs none.
    public static func forEachLine(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        let count = bytes.count
        while start < count {
            var end = start
            while end < count, bytes[end] != 0x0A { end += 1 }
            body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            start = end + 1
        }
    }
}
