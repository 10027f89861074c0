import CoachTUI

/// Columns padded to their widest cell (by display width), for terminal listings and list screens.
public enum TextTable {
    public static func render(header: [String], rows: [[String]]) -> String {
        let table = lines(header: header, rows: rows)
        return ([table.header] + table.rows).joined(separator: "\n")
    }

    /// The table as a header line and one line a row.
    public static func lines(header: [String], rows: [[String]]) -> (header: String, rows: [String]) {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        let lines = all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
            }.joined(separator: "  ")
        }
        return (lines[0], Array(lines.dropFirst()))
    }
}
