import CoachCore

/// A data file's bytes as text. Bytes that are not UTF-8 are a problem at their line and column, as in a
/// notes file, and the file is not read: nothing is silently changed into something else.
enum FileText {
    static func decode(_ bytes: [UInt8], path: String) -> Result<String, FileDiagnostic> {
        guard let bad = bytes.withUnsafeBufferPointer(UTF8Validation.firstInvalidOffset) else {
            return .success(String(decoding: bytes, as: UTF8.self))
        }
        let lineStart = bytes[..<bad].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let line = bytes[..<bad].count { $0 == 0x0A } + 1
        let column = bytes[lineStart..<bad].count { $0 & 0xC0 != 0x80 } + 1
        let byte = String(bytes[bad], radix: 16, uppercase: true)
        return .failure(FileDiagnostic(path: path, Diagnostic(line: line, column: column,
            "invalid UTF-8 (byte 0x\(byte)); save the file as UTF-8 text")))
    }
}
