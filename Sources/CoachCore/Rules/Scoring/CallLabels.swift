/// The barriers a coach would flag in a labelled call: its `.expected` file, `<line> <barrier>` a line,
/// with `#` comments. A call whose file holds only comments is a clean call.
public struct CallLabels: Equatable, Sendable {
    public struct Label: Equatable, Sendable {
        /// The 1-based line of the notes file, counting every line (comments and front matter too).
        public var line: Int
        public var barrier: Barrier
    }

    public var labels: [Label]

    public var isClean: Bool { labels.isEmpty }

    /// Reads a labels file; a line that is not `<line> <barrier>` is a diagnostic and is left out.
    public static func read(_ text: String) -> (labels: CallLabels, diagnostics: [Diagnostic]) {
        var labels: [Label] = []
        var diagnostics: [Diagnostic] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count == 2, let number = Int(parts[0]), number > 0 else {
                diagnostics.append(Diagnostic(line: offset + 1, column: 1,
                    "expected '<line> <barrier>', e.g. '12 pitching'; found '\(line)'"))
                continue
            }
            guard let barrier = Barrier(rawValue: String(parts[1])) else {
                diagnostics.append(Diagnostic(line: offset + 1, column: parts[0].count + 2,
                    "unknown barrier '\(parts[1])'; one of: \(Barrier.allCases.map(\.rawValue).joined(separator: ", "))"))
                continue
            }
            labels.append(Label(line: number, barrier: barrier))
        }
        return (CallLabels(labels: labels), diagnostics)
    }
}
