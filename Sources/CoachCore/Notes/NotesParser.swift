/// Reads the notes format. Total: every line gives a note, nothing (blank, comment, front matter) or a
/// diagnostic, and a bad line never stops the rest of the file from being read.
public enum NotesParser {
    public struct Result: Sendable {
        public var document: NotesDocument
        public var diagnostics: [Diagnostic]

        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    }

    public static let commandNames = ["stage", "need", "next", "mark"]

    public static func parse(_ text: String) -> Result {
        parse(bytes: Array(text.utf8))
    }

    public static func parse(bytes: [UInt8]) -> Result {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = LineReader(buffer)
            return reader.run()
        }
    }
}

struct LineReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var notes: [Note] = []
    var lines: [Int] = []
    var frontMatter = FrontMatter()
    /// The lines of a front matter block value being read (`plan:` and the indented lines under it).
    var block: (entry: Int, lines: [String])?
    var diagnostics: [Diagnostic] = []
    /// Whether the line being read holds a control character, so text from clean lines is taken as is.
    var lineHasControl = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func run() -> NotesParser.Result {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineNumber = 0
        var inFrontMatter = false
        var seenContent = false
        let count = bytes.count
        while start < count {
            lineNumber += 1
            var end = start
            while end < count, bytes[end] != 0x0A { end += 1 }
            let next = end + 1
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            let line = start..<end
            start = next

            guard isValidUTF8(line, lineNumber: lineNumber) else { continue }
            warnAboutControlCharacters(line, lineNumber: lineNumber)
            let trimmed = trim(line)
            if inFrontMatter, readBlockLine(line, trimmed: trimmed) { continue }
            if trimmed.isEmpty { continue }

            if inFrontMatter {
                endBlock()
                if isFence(trimmed) {
                    inFrontMatter = false
                } else {
                    readFrontMatterLine(trimmed, lineStart: line.lowerBound, lineNumber: lineNumber)
                }
                continue
            }
            // Comments may come before the front matter; only a note or a fence ends the chance of one.
            if !seenContent, bytes[trimmed.lowerBound] == UInt8(ascii: "#") { continue }
            if !seenContent, isFence(trimmed) {
                seenContent = true
                if hasClosingFence(from: start) {
                    inFrontMatter = true
                } else {
                    diagnostics.append(Diagnostic(line: lineNumber, column: 1,
                        "front matter opened with '---' is never closed; add a line '---' after its last 'key: value' line (the lines after it were read as notes)"))
                }
                continue
            }
            seenContent = true
            readNoteLine(trimmed, lineStart: line.lowerBound, lineNumber: lineNumber)
        }
        endBlock()
        return NotesParser.Result(
            document: NotesDocument(frontMatter: frontMatter, notes: notes, lines: lines),
            diagnostics: diagnostics)
    }

    // MARK: Lines

    mutating func readNoteLine(_ range: Range<Int>, lineStart: Int, lineNumber: Int) {
        var cursor = range.lowerBound
        if bytes[cursor] == UInt8(ascii: "#") { return }

        var elapsed: Int?
        if bytes[cursor] == UInt8(ascii: "[") {
            guard let (seconds, after) = readStamp(at: cursor, end: range.upperBound) else {
                let closing = (cursor..<range.upperBound).first { bytes[$0] == UInt8(ascii: "]") } ?? (range.upperBound - 1)
                let shown = string(cursor..<min(closing + 1, range.upperBound))
                diagnostics.append(Diagnostic(line: lineNumber, column: column(cursor, lineStart: lineStart),
                    "bad time stamp '\(shown)'; write [mm:ss] or [h:mm:ss], e.g. [03:20] or [1:05:00]"))
                return
            }
            elapsed = seconds
            cursor = skipSpaces(after, end: range.upperBound)
            if cursor == range.upperBound {
                diagnostics.append(Diagnostic(line: lineNumber, column: column(range.lowerBound, lineStart: lineStart),
                    "a time stamp with nothing after it; write the note after the stamp, e.g. '[03:20] c: Sales are flat.'"))
                return
            }
        }

        if bytes[cursor] == UInt8(ascii: "/") {
            readCommand(cursor..<range.upperBound, elapsed: elapsed, lineStart: lineStart, lineNumber: lineNumber)
            return
        }
        if let (speaker, after) = readSpeakerPrefix(at: cursor, end: range.upperBound) {
            let textRange = trim(after..<range.upperBound)
            if textRange.isEmpty {
                diagnostics.append(Diagnostic(line: lineNumber, column: column(cursor, lineStart: lineStart),
                    "nothing after '\(string(cursor..<after))'; write what was said after the prefix, or remove the line"))
                return
            }
            append(Note(elapsed: elapsed, body: .said(speaker, string(textRange))), line: lineNumber)
            return
        }
        append(Note(elapsed: elapsed, body: .said(.observation, string(cursor..<range.upperBound))), line: lineNumber)
    }

    mutating func readCommand(_ range: Range<Int>, elapsed: Int?, lineStart: Int, lineNumber: Int) {
        var nameEnd = range.lowerBound + 1
        while nameEnd < range.upperBound, bytes[nameEnd] != 0x20, bytes[nameEnd] != 0x09 { nameEnd += 1 }
        let name = string((range.lowerBound + 1)..<nameEnd).lowercased()
        let argument = trim(nameEnd..<range.upperBound)
        let argumentText = string(argument)
        let commandColumn = column(range.lowerBound, lineStart: lineStart)

        func fail(_ message: String, at offset: Int? = nil) {
            let col = offset.map { column($0, lineStart: lineStart) } ?? commandColumn
            diagnostics.append(Diagnostic(line: lineNumber, column: col, message))
        }

        switch name {
        case "stage":
            guard let stage = Stage(rawValue: argumentText.lowercased()) else {
                let stages = Stage.allCases.map(\.rawValue).joined(separator: ", ")
                if argumentText.isEmpty {
                    fail("/stage needs a stage: one of \(stages)")
                } else {
                    fail("unknown stage '\(argumentText)'; stages: \(stages)", at: argument.lowerBound)
                }
                return
            }
            append(Note(elapsed: elapsed, body: .stage(stage)), line: lineNumber)
        case "need":
            guard !argumentText.isEmpty else {
                return fail("/need needs the need in the customer's terms, e.g. '/need shelf training that sticks'")
            }
            append(Note(elapsed: elapsed, body: .need(argumentText)), line: lineNumber)
        case "next":
            guard !argumentText.isEmpty else {
                return fail("/next needs the agreed next step, e.g. '/next call with the regional managers on Tuesday'")
            }
            append(Note(elapsed: elapsed, body: .nextStep(argumentText)), line: lineNumber)
        case "mark":
            append(Note(elapsed: elapsed, body: .mark(argumentText)), line: lineNumber)
        default:
            let known = NotesParser.commandNames.map { "/" + $0 }.joined(separator: ", ")
            fail("unknown command '/\(name)'; known commands: \(known)")
        }
    }

    // MARK: Pieces

    /// `[mm:ss]` or `[h:mm:ss]`; minutes may run past 59 in the short form.
    func readStamp(at start: Int, end: Int) -> (Int, Int)? {
        var groups: [Int] = []
        var digits = 0
        var value = 0
        var index = start + 1
        while index < end {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                value = value * 10 + Int(byte - 0x30)
                digits += 1
                if digits > 3 { return nil }
            } else if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "]") {
                guard digits > 0 else { return nil }
                if !groups.isEmpty, digits != 2 { return nil }
                groups.append(value)
                value = 0
                digits = 0
                if byte == UInt8(ascii: "]") { break }
            } else {
                return nil
            }
            index += 1
        }
        guard index < end, bytes[index] == UInt8(ascii: "]") else { return nil }
        switch groups.count {
        case 2:
            guard groups[1] < 60 else { return nil }
            return (groups[0] * 60 + groups[1], index + 1)
        case 3:
            guard groups[1] < 60, groups[2] < 60 else { return nil }
            return (groups[0] * 3600 + groups[1] * 60 + groups[2], index + 1)
        default:
            return nil
        }
    }

    func readSpeakerPrefix(at start: Int, end: Int) -> (Speaker, Int)? {
        var index = start
        while index < end, index - start < 9 {
            let byte = bytes[index] | 0x20
            guard byte >= 0x61 && byte <= 0x7A else { break }
            index += 1
        }
        guard index < end, bytes[index] == UInt8(ascii: ":"), index > start else { return nil }
        let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
        guard let speaker = SpeakerPrefix.speaker(for: word) else { return nil }
        return (speaker, index + 1)
    }

    mutating func append(_ note: Note, line: Int) {
        notes.append(note)
        lines.append(line)
    }

    mutating func isValidUTF8(_ range: Range<Int>, lineNumber: Int) -> Bool {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        guard let bad = UTF8Validation.firstInvalidOffset(slice) else { return true }
        let badByte = String(slice[bad], radix: 16, uppercase: true)
        diagnostics.append(Diagnostic(line: lineNumber, column: column(range.lowerBound + bad, lineStart: range.lowerBound),
            "invalid UTF-8 (byte 0x\(badByte)); save the file as UTF-8 and check this line (it was skipped)"))
        return false
    }

    /// Notes are plain text: a control character (a stray carriage return, a vertical tab, an escape)
    /// is read as a space, so it can neither hide text nor reach a terminal that prints the note.
    mutating func warnAboutControlCharacters(_ range: Range<Int>, lineNumber: Int) {
        let found = ControlCharacters.first(in: UnsafeBufferPointer(rebasing: bytes[range]))
        lineHasControl = found != nil
        guard let found else { return }
        diagnostics.append(Diagnostic(line: lineNumber, column: column(range.lowerBound + found.offset, lineStart: range.lowerBound),
            severity: .warning, "a control character (\(ControlCharacters.name(found.code))) was read as a space; notes are plain text"))
    }

    /// A control character that is one byte (C0 and DEL; the C1 controls take two).
    static func isControl(_ byte: UInt8) -> Bool { byte < 0x80 && ControlCharacters.contains(Unicode.Scalar(byte)) }

    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || isControl(byte) }

    /// Whether the bytes at `start` (before `end`) are a C1 control, which takes two bytes and is read as a blank.
    func isTwoByteControl(at start: Int, before end: Int) -> Bool {
        start + 1 < end && bytes[start] == 0xC2 && bytes[start + 1] >= 0x80 && bytes[start + 1] <= 0x9F
    }

    func hasClosingFence(from start: Int) -> Bool {
        var lineStart = start
        while lineStart < bytes.count {
            var end = lineStart
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var contentEnd = end
            if contentEnd > lineStart, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            if isFence(trim(lineStart..<contentEnd)) { return true }
            lineStart = end + 1
        }
        return false
    }

    func trim(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            if Self.isBlank(bytes[lower]) { lower += 1 } else if isTwoByteControl(at: lower, before: upper) { lower += 2 } else { break }
        }
        while upper > lower {
            if Self.isBlank(bytes[upper - 1]) { upper -= 1 } else if upper - 2 >= lower && isTwoByteControl(at: upper - 2, before: upper) { upper -= 2 } else { break }
        }
        return lower..<upper
    }

    func skipSpaces(_ index: Int, end: Int) -> Int {
        var index = index
        while index < end {
            if Self.isBlank(bytes[index]) { index += 1 } else if isTwoByteControl(at: index, before: end) { index += 2 } else { break }
        }
        return index
    }

    func isFence(_ range: Range<Int>) -> Bool {
        range.count == 3 && bytes[range.lowerBound] == 0x2D && bytes[range.lowerBound + 1] == 0x2D && bytes[range.lowerBound + 2] == 0x2D
    }

    func string(_ range: Range<Int>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        guard lineHasControl else { return String(decoding: slice, as: UTF8.self) }
        let scalars = String(decoding: slice, as: UTF8.self).unicodeScalars.map { ControlCharacters.contains($0) ? " " : $0 }
        return String(String.UnicodeScalarView(scalars))
    }

    /// 1-based column in characters (Unicode scalars) from the start of the line.
    func column(_ offset: Int, lineStart: Int) -> Int {
        var scalars = 0
        for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 { scalars += 1 }
        return scalars + 1
    }
}
