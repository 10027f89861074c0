import CoachTUI
import Foundation

/// A whole screen as a text file a person can review: the rows as they read, then the styles (a letter a
/// styled cell, named in a legend), then where the cursor is. Golden files of these are compared whole,
/// and recorded again with `SECONDCALL_RECORD_SCREENS=1 swift test --filter GoldenScreenTests`.
public enum ScreenSnapshot {
    public static let recordVariable = "SECONDCALL_RECORD_SCREENS"

    public static var isRecording: Bool { ProcessInfo.processInfo.environment[recordVariable] == "1" }

    public static func text(_ canvas: Canvas) -> String {
        var legend: [Style] = []
        let styleRows = (0..<canvas.size.rows).map { y in
            var row = ""
            for x in 0..<canvas.size.columns {
                let style = canvas[x, y].style
                guard style != .plain else {
                    row.append(" ")
                    continue
                }
                if !legend.contains(style) { legend.append(style) }
                row.append(code(legend.firstIndex(of: style)!))
            }
            while row.last == " " { row.removeLast() }
            return row
        }
        let cursor = canvas.cursor.map { "\($0.x),\($0.y)" } ?? "hidden"
        return (["\(canvas.size.columns)x\(canvas.size.rows)"] + (0..<canvas.size.rows).map(canvas.rowText)
            + ["-- styles"] + styleRows + ["-- legend"] + legend.enumerated().map { "\(code($0.offset)) \(describe($0.element))" }
            + ["-- cursor \(cursor)"]).joined(separator: "\n") + "\n"
    }

    /// Compares `text` with the golden file; nil when they agree (or when recording, after writing it), else
    /// what differs, to read in the failure.
    public static func mismatch(_ text: String, golden file: URL) throws -> String? {
        if isRecording {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            return "no golden file \(file.path); record it with \(recordVariable)=1 after reviewing the screen:\n\(text)"
        }
        guard expected != text else { return nil }
        let (old, new) = (expected.components(separatedBy: "\n"), text.components(separatedBy: "\n"))
        let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        return """
            \(file.lastPathComponent) differs from line \(line + 1):
              golden: \(line < old.count ? old[line] : "(end)")
              now:    \(line < new.count ? new[line] : "(end)")
            the screen now:
            \(text)
            """
    }

    private static func code(_ index: Int) -> Character {
        Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")[index % 52]
    }

    private static func describe(_ style: Style) -> String {
        var words = style.color.map { ["\($0)"] } ?? []
        if style.bold { words.append("bold") }
        if style.reverse { words.append("reverse") }
        if style.underline { words.append("underline") }
        if style.dim { words.append("dim") }
        return words.joined(separator: " ")
    }
}
