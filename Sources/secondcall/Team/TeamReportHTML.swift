import CoachCore
import CoachTeam

/// The manager's view as one self-contained page: the tables, and each rep's trends as inline SVG lines. No
/// scripts, no links out.
enum TeamReportHTML {
    static func render(_ summary: TeamSummary, title: String) -> String {
        let escape = HTMLReport.escape
        func table(_ header: [String], _ rows: [[String]]) -> String {
            "<table>\n<tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr>\n"
                + rows.map { "<tr>" + $0.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n" }.joined() + "</table>\n"
        }
        var out = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
            <head>
            <meta charset="utf-8"/>
            <title>\(escape(title))</title>
            <style>
            body { font-family: system-ui, sans-serif; max-width: 960px; margin: 2em auto; color: #222; }
            table { border-collapse: collapse; } td, th { padding: 0.2em 0.8em; text-align: left; border-bottom: 1px solid #ddd; }
            </style>
            </head>
            <body>
            <h1>\(escape(title))</h1>

            """
        guard !summary.reps.isEmpty else { return out + "<p>No shared calls yet.</p>\n</body>\n</html>\n" }
        out += table(TeamReportRows.header, summary.reps.map(TeamReportRows.row) + [TeamReportRows.row(summary.team)])
        out += "<h2>Barriers per call</h2>\n"
        out += table(TeamReportRows.barrierHeader, summary.reps.map(TeamReportRows.barrierRow) + [TeamReportRows.barrierRow(summary.team)])
        out += "<h2>Trends, oldest call first</h2>\n<table>\n<tr><th>REP</th><th>TALK %</th><th>QUESTIONS</th><th>BARRIERS</th></tr>\n"
        for rep in summary.reps {
            out += "<tr><td>\(escape(rep.rep))</td><td>\(line(rep.talkShareTrend, colour: HTMLReport.repColour))</td>"
                + "<td>\(line(rep.questionsTrend, colour: HTMLReport.customerColour))</td><td>\(line(rep.barriersTrend, colour: "#d62728"))</td></tr>\n"
        }
        return out + "</table>\n<p>\(escape(TeamReportRows.reference))</p>\n</body>\n</html>\n"
    }

    /// A small SVG line of the values, oldest first, scaled to its own range.
    static func line(_ values: [Double], colour: String) -> String {
        let points = TeamSummary.squeeze(values, to: 60)
        let (width, height) = (160.0, 28.0)
        guard let low = points.min(), let high = points.max() else { return "" }
        let span = high > low ? high - low : 1
        let step = points.count > 1 ? width / Double(points.count - 1) : 0
        let coordinates = points.enumerated().map { index, value in
            String(format: "%.1f,%.1f", Double(index) * step, height - 2 - (value - low) / span * (height - 4))
        }.joined(separator: " ")
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\">"
            + "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.5\" points=\"\(coordinates)\"/></svg>"
    }
}
