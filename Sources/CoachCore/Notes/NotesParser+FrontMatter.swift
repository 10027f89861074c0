/// Front matter: `key: value` lines, and the block keys (`plan:`) whose value is the indented lines under them.
extension LineReader {
    mutating func readFrontMatterLine(_ range: Range<Int>, lineStart: Int, lineNumber: Int) {
        if bytes[range.lowerBound] == UInt8(ascii: "#") { return }
        guard let colon = range.first(where: { bytes[$0] == UInt8(ascii: ":") }) else {
            diagnostics.append(Diagnostic(line: lineNumber, column: column(range.lowerBound, lineStart: lineStart),
                "front matter lines are 'key: value' (e.g. 'account: Acme Retail'); this line has no ':'"))
            return
        }
        let key = string(trim(range.lowerBound..<colon)).lowercased()
        let value = string(trim((colon + 1)..<range.upperBound))
        if !FrontMatter.knownKeys.contains(key) {
            diagnostics.append(Diagnostic(line: lineNumber, column: column(range.lowerBound, lineStart: lineStart),
                severity: .warning,
                "unknown front matter key '\(key)'; known keys: \(FrontMatter.knownKeys.joined(separator: ", ")) (the line is kept)"))
        }
        frontMatter.entries.append(FrontMatter.Entry(key: key, value: value))
        if value.isEmpty, FrontMatter.blockKeys.contains(key) { block = (frontMatter.entries.count - 1, []) }
    }

    /// A line inside a block value: indented, or blank. True when it was taken as part of the block.
    mutating func readBlockLine(_ line: Range<Int>, trimmed: Range<Int>) -> Bool {
        guard block != nil else { return false }
        if trimmed.isEmpty {
            block!.lines.append("")
            return true
        }
        guard Self.isBlank(bytes[line.lowerBound]), !isFence(trimmed) else { return false }
        var start = line.lowerBound
        while start < line.lowerBound + FrontMatter.blockIndent, bytes[start] == 0x20 { start += 1 }
        var end = line.upperBound
        while end > start, Self.isBlank(bytes[end - 1]) { end -= 1 }
        block!.lines.append(string(start..<end))
        return true
    }

    /// Ends the block being read, if any: its lines, without blank ones at either end, are its value.
    mutating func endBlock() {
        guard let (entry, lines) = block else { return }
        block = nil
        let first = lines.firstIndex { !$0.isEmpty } ?? lines.count
        let last = lines.lastIndex { !$0.isEmpty } ?? -1
        frontMatter.entries[entry].value = first <= last ? lines[first...last].joined(separator: "\n") : ""
    }
}
