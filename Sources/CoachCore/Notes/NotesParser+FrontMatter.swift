/// Front matter: `key: value` lines, and the block keys (`plan:`) whose value is the indented lines under them.
extension LineReader {
    /// Reads a `key: value` line; returns its key.
    mutating func readFrontMatterLine(_ range: Range<Int>, into frontMatter: inout FrontMatter, diagnostics: inout [Diagnostic]) -> String? {
        if bytes[range.lowerBound] == UInt8(ascii: "#") { return nil }
        guard let colon = range.first(where: { bytes[$0] == UInt8(ascii: ":") }) else {
            diagnostics.append(Diagnostic(line: lineNumber, column: column(range.lowerBound),
                "front matter lines are 'key: value' (e.g. 'account: Acme Retail'); this line has no ':'"))
            return nil
        }
        let key = string(trim(range.lowerBound..<colon)).lowercased()
        let value = string(trim((colon + 1)..<range.upperBound))
        if !FrontMatter.knownKeys.contains(key) {
            diagnostics.append(Diagnostic(line: lineNumber, column: column(range.lowerBound),
                severity: .warning,
                "unknown front matter key '\(key)'; known keys: \(FrontMatter.knownKeys.joined(separator: ", ")) (the line is kept)"))
        }
        frontMatter.entries.append(FrontMatter.Entry(key: key, value: value))
        if value.isEmpty, FrontMatter.blockKeys.contains(key) { block = (frontMatter.entries.count - 1, []) }
        return key
    }

    /// A line inside a block value: indented, or blank. True when it was taken as part of the block.
    mutating func readBlockLine(_ trimmed: Range<Int>, into frontMatter: inout FrontMatter) -> Bool {
        guard block != nil else { return false }
        if trimmed.isEmpty {
            block!.lines.append("")
            return true
        }
        guard Self.isBlank(bytes[0]), !isFence(trimmed) else { return false }
        var start = 0
        while start < FrontMatter.blockIndent, bytes[start] == 0x20 { start += 1 }
        var end = bytes.count
        while end > start, Self.isBlank(bytes[end - 1]) { end -= 1 }
        block!.lines.append(string(start..<end))
        return true
    }

    /// Ends the block being read, if any: its lines, without blank ones at either end, are its value.
    mutating func endBlock(into frontMatter: inout FrontMatter) {
        guard let (entry, lines) = block else { return }
        block = nil
        let first = lines.firstIndex { !$0.isEmpty } ?? lines.count
        let last = lines.lastIndex { !$0.isEmpty } ?? -1
        frontMatter.entries[entry].value = first <= last ? lines[first...last].joined(separator: "\n") : ""
    }
}
