/// Reads one line of notes: a note, a command, a front matter entry, or a diagnostic at its column.
/// Offsets are into the line being read.
struct LineReader {
    var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var lineNumber = 0
    /// The lines of a front matter block value being read (`plan:` and the indented lines under it).
    var block: (entry: Int, lines: [String])?
    /// Whether the line being read holds a control character, so text from clean lines is taken as is.
    var lineHasControl = false

    /// Starts a line: nil (and an error) when it is not UTF-8, else its range without blanks at either end.
    mutating func begin(_ line: UnsafeBufferPointer<UInt8>, number: Int, diagnostics: inout [Diagnostic]) -> Range<Int>? {
        bytes = line
        lineNumber = number
        if let bad = UTF8Validation.firstInvalidOffset(line) {
            let badByte = String(line[bad], radix: 16, uppercase: true)
            diagnostics.append(Diagnostic(line: number, column: column(bad),
                "invalid UTF-8 (byte 0x\(badByte)); save the file as UTF-8 and check this line (it was skipped)"))
            return nil
        }
        warnAboutControlCharacters(&diagnostics)
        return trim(0..<line.count)
    }

    // MARK: Notes

    mutating func readNoteLine(_ range: Range<Int>, into output: inout NotesReader.Output) {
        var cursor = range.lowerBound
        if bytes[cursor] == UInt8(ascii: "#") { return }

        var elapsed: Int?
        if bytes[cursor] == UInt8(ascii: "[") {
            guard let (seconds, after) = readStamp(at: cursor, end: range.upperBound) else {
                let closing = (cursor..<range.upperBound).first { bytes[$0] == UInt8(ascii: "]") } ?? (range.upperBound - 1)
                let shown = string(cursor..<min(closing + 1, range.upperBound))
                output.diagnostics.append(Diagnostic(line: lineNumber, column: column(cursor),
                    "bad time stamp '\(shown)'; write [mm:ss] or [h:mm:ss], e.g. [03:20] or [1:05:00]"))
                return
            }
            elapsed = seconds
            cursor = skipSpaces(after, end: range.upperBound)
            if cursor == range.upperBound {
                output.diagnostics.append(Diagnostic(line: lineNumber, column: column(range.lowerBound),
                    "a time stamp with nothing after it; write the note after the stamp, e.g. '[03:20] c: Sales are flat.'"))
                return
            }
        }

        if bytes[cursor] == UInt8(ascii: "/") {
            readCommand(cursor..<range.upperBound, elapsed: elapsed, into: &output)
            return
        }
        if let (speaker, after) = readSpeakerPrefix(at: cursor, end: range.upperBound) {
            let textRange = trim(after..<range.upperBound)
            if textRange.isEmpty {
                output.diagnostics.append(Diagnostic(line: lineNumber, column: column(cursor),
                    "nothing after '\(string(cursor..<after))'; write what was said after the prefix, or remove the line"))
                return
            }
            append(Note(elapsed: elapsed, body: .said(speaker, string(textRange))), at: textRange.lowerBound, into: &output)
            return
        }
        append(Note(elapsed: elapsed, body: .said(.observation, string(cursor..<range.upperBound))), at: cursor, into: &output)
    }

    mutating func readCommand(_ range: Range<Int>, elapsed: Int?, into output: inout NotesReader.Output) {
        var nameEnd = range.lowerBound + 1
        while nameEnd < range.upperBound, bytes[nameEnd] != 0x20, bytes[nameEnd] != 0x09 { nameEnd += 1 }
        let name = string((range.lowerBound + 1)..<nameEnd).lowercased()
        let argument = trim(nameEnd..<range.upperBound)
        let argumentText = string(argument)
        let commandColumn = column(range.lowerBound)

        func fail(_ message: String, at offset: Int? = nil) {
            output.diagnostics.append(Diagnostic(line: lineNumber, column: offset.map(column) ?? commandColumn, message))
        }
        func add(_ body: NoteBody) { append(Note(elapsed: elapsed, body: body), at: argument.lowerBound, into: &output) }

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
            add(.stage(stage))
        case "need":
            guard !argumentText.isEmpty else {
                return fail("/need needs the need in the customer's terms, e.g. '/need shelf training that sticks'")
            }
            add(.need(argumentText))
        case "next":
            guard !argumentText.isEmpty else {
                return fail("/next needs the agreed next step, e.g. '/next call with the regional managers on Tuesday'")
            }
            add(.nextStep(argumentText))
        case "mark":
            add(.mark(argumentText))
        default:
            let known = NotesParser.commandNames.map { "/" + $0 }.joined(separator: ", ")
            fail("unknown command '/\(name)'; known commands: \(known)")
        }
    }

    mutating func append(_ note: Note, at textStart: Int, into output: inout NotesReader.Output) {
        output.notes.append(NotesReader.ReadNote(note: note, line: lineNumber, textColumn: column(textStart)))
    }

    // MARK: Pieces

    /// `[mm:ss]` or `[h:mm:ss]`; minutes may run past 59 in the short form.
    func readStamp(at start: Int, end: Int) -> (Int, Int)? {
        var groups = (0, 0, 0)
        var groupCount = 0
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
                if groupCount > 0, digits != 2 { return nil }
                switch groupCount {
                case 0: groups.0 = value
                case 1: groups.1 = value
                case 2: groups.2 = value
                default: return nil
                }
                groupCount += 1
                value = 0
                digits = 0
                if byte == UInt8(ascii: "]") { break }
            } else {
                return nil
            }
            index += 1
        }
        guard index < end, bytes[index] == UInt8(ascii: "]") else { return nil }
        switch groupCount {
        case 2:
            guard groups.1 < 60 else { return nil }
            return (groups.0 * 60 + groups.1, index + 1)
        case 3:
            guard groups.1 < 60, groups.2 < 60 else { return nil }
            return (groups.0 * 3600 + groups.1 * 60 + groups.2, index + 1)
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

    /// Notes are plain text: a control character (a stray carriage return, a vertical tab, an escape)
    /// is read as a space, so it can neither hide text nor reach a terminal that prints the note.
    mutating func warnAboutControlCharacters(_ diagnostics: inout [Diagnostic]) {
        let found = ControlCharacters.first(in: bytes)
        lineHasControl = found != nil
        guard let found else { return }
        diagnostics.append(Diagnostic(line: lineNumber, column: column(found.offset),
            severity: .warning, "a control character (\(ControlCharacters.name(found.code))) was read as a space; notes are plain text"))
    }

    /// A control character that is one byte (C0 and DEL; the C1 controls take two).
    static func isControl(_ byte: UInt8) -> Bool { byte < 0x80 && ControlCharacters.contains(Unicode.Scalar(byte)) }

    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || isControl(byte) }

    /// Whether the bytes at `start` (before `end`) are a C1 control, which takes two bytes and is read as a blank.
    func isTwoByteControl(at start: Int, before end: Int) -> Bool {
        start + 1 < end && bytes[start] == 0xC2 && bytes[start + 1] >= 0x80 && bytes[start + 1] <= 0x9F
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
        let text = String(decoding: slice, as: UTF8.self)
        return lineHasControl ? ControlCharacters.printable(text) : text
    }

    /// 1-based column in characters (Unicode scalars) from the start of the line: UTF-8 lead bytes counted.
    func column(_ offset: Int) -> Int {
        var scalars = 0
        for index in 0..<offset where bytes[index] & 0xC0 != 0x80 { scalars += 1 }
        return scalars + 1
    }
}
