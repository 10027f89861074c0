/// The review as one self-contained HTML page: the summary, the timeline and the talk-share chart as
/// inline SVG, the flags with their notes and tips. No scripts, no links out, no fonts to fetch; the page
/// is also well-formed XML.
public enum HTMLReport {
    public static let repColour = "#4c78a8"
    public static let customerColour = "#59a14f"

    public static func render(_ review: CallReview) -> String {
        var out = """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
        <head>
        <meta charset="utf-8"/>
        <title>Call review: \(escape(review.whoText))</title>
        <style>
        body { font-family: system-ui, sans-serif; max-width: 880px; margin: 2em auto; color: #222; line-height: 1.4; }
        table { border-collapse: collapse; } td, th { padding: 0.2em 0.8em; text-align: left; border-bottom: 1px solid #ddd; }
        .note { font-family: monospace; background: #f4f4f4; padding: 0.2em 0.5em; }
        .dismissed { opacity: 0.5; } .tip { color: #335; }
        </style>
        </head>
        <body>
        <h1>Call review: \(escape(review.whoText))</h1>
        <p>\(escape(CallDate.text(review.startedAt))) · \(review.durationText) · reached \(review.stageReached.rawValue)</p>\(review.privateNotesText.map { "\n<p>\(escape($0))</p>" } ?? "")
        <table>
        <tr><th>Measure</th><th>This call</th><th>Reference</th></tr>
        <tr><td>Talk share</td><td>\(escape(review.talkShareText))</td><td>\(TalkShareReference.ratio) (Gong Labs)</td></tr>
        <tr><td>Longest monologue</td><td>\(review.monologueText)</td><td></td></tr>
        <tr><td>Questions</td><td>\(escape(review.questionsText))</td><td>\(CallReview.questionReference.lowerBound)–\(CallReview.questionReference.upperBound) (Gong Labs)</td></tr>
        <tr><td>Needs found</td><td>\(review.needs.count)</td><td></td></tr>
        <tr><td>Next step</td><td>\(escape(review.nextStepText))</td><td></td></tr>
        </table>
        <h2>Timeline</h2>

        """
        out += timeline(review) + "\n<h2>Talk share</h2>\n" + talkShareChart(review) + "\n"
        out += "<h2>Barriers (\(review.countedBarrierFlags))</h2>\n"
        if review.barriers.isEmpty { out += "<p>None flagged.</p>\n" }
        if let unknown = review.unknownFlagsText { out += "<p>\(escape(unknown))</p>\n" }
        for (barrier, flags) in review.barrierGroups {
            out += "<h3 style=\"color: \(barrier.traits.htmlColour)\">\(escape(barrier.traits.title)) (\(flags.filter { !$0.dismissed }.count))</h3>\n<ul>\n"
            for flag in flags { out += item(flag, review) }
            out += "</ul>\n"
        }
        out += "<h2>What went well (\(review.strengths.count))</h2>\n"
        out += review.strengths.isEmpty ? "<p>No strengths flagged.</p>\n" : "<ul>\n"
        for flag in review.strengths {
            out += "<li>\(escape(review.moment(ofNote: flag.noteIndex))) <strong>\(escape(flag.target.title))</strong>: <span class=\"note\">\(escape(review.line(ofNote: flag.noteIndex)))</span></li>\n"
        }
        if !review.strengths.isEmpty { out += "</ul>\n" }
        out += plan(review) + "</body>\n</html>\n"
        return out
    }

    private static func item(_ flag: Flag, _ review: CallReview) -> String {
        "<li\(flag.dismissed ? " class=\"dismissed\"" : "")>\(escape(review.moment(ofNote: flag.noteIndex))) <strong>\(escape(flag.message))</strong>\(escape(flag.remarkText))<br/>"
            + "<span class=\"note\">\(escape(review.line(ofNote: flag.noteIndex)))</span><br/>"
            + "<span class=\"tip\">Instead: \(escape(flag.tip))</span></li>\n"
    }

    /// Who held the floor as a bar, and a lettered mark for each barrier at its moment; marks that would
    /// overlap are stacked.
    static func timeline(_ review: CallReview) -> String {
        let width = 800.0
        var marks: [(x: Double, slot: Int, barrier: Barrier, flag: Flag)] = []
        for flag in review.barriers where !flag.dismissed {
            guard case .barrier(let barrier) = flag.target else { continue }
            let x = min(width - 8, max(8, review.position(ofNote: flag.noteIndex) * width))
            marks.append((x, marks.filter { abs($0.x - x) < 16 }.count, barrier, flag))
        }
        let height = 80 + (marks.map(\.slot).max() ?? 0) * 18
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(height)\" viewBox=\"0 0 \(Int(width)) \(height)\" role=\"img\" aria-label=\"Timeline of the call\">\n"
        if review.duration > 0 {
            for segment in review.floor {
                let x = Double(segment.start) / Double(review.duration) * width
                let w = Double(segment.length) / Double(review.duration) * width
                let who = segment.holder == .me ? "me" : "them"
                svg += "<rect x=\"\(format(x))\" y=\"8\" width=\"\(format(w))\" height=\"18\" fill=\"\(segment.holder == .me ? repColour : customerColour)\"><title>\(who) \(NotesWriter.formatElapsed(segment.start))–\(NotesWriter.formatElapsed(segment.end))</title></rect>\n"
            }
        }
        for mark in marks {
            let y = 44 + mark.slot * 18
            svg += "<g><title>\(escape(review.moment(ofNote: mark.flag.noteIndex))) \(escape(mark.barrier.traits.title)): \(escape(mark.flag.message))</title>"
                + "<circle cx=\"\(format(mark.x))\" cy=\"\(y)\" r=\"8\" fill=\"\(mark.barrier.traits.htmlColour)\"/>"
                + "<text x=\"\(format(mark.x))\" y=\"\(y + 4)\" font-size=\"11\" text-anchor=\"middle\" fill=\"#fff\">\(mark.barrier.traits.mark)</text></g>\n"
        }
        let axis = height - 6
        svg += "<text x=\"0\" y=\"\(axis)\" font-size=\"11\">00:00</text>"
        svg += "<text x=\"\(Int(width))\" y=\"\(axis)\" font-size=\"11\" text-anchor=\"end\">\(review.durationText)</text>\n"
        svg += "<text x=\"\(Int(width / 2))\" y=\"\(axis)\" font-size=\"11\" text-anchor=\"middle\"><tspan fill=\"\(repColour)\">■ me</tspan> <tspan fill=\"\(customerColour)\">■ them</tspan></text>\n"
        return svg + "</svg>"
    }

    /// This call's talk share beside the best calls' 43:57.
    static func talkShareChart(_ review: CallReview) -> String {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"70\" viewBox=\"0 0 600 70\" role=\"img\" aria-label=\"Talk share\">\n"
        let rows: [(String, Double?)] = [("This call", review.talkShare), ("Best calls", TalkShareReference.bestRepShare)]
        for (index, (label, share)) in rows.enumerated() {
            let y = 8 + index * 30
            svg += "<text x=\"0\" y=\"\(y + 14)\" font-size=\"12\">\(label)</text>\n"
            guard let share else {
                svg += "<text x=\"100\" y=\"\(y + 14)\" font-size=\"12\">not measured</text>\n"
                continue
            }
            let repWidth = share / 100 * 480
            svg += "<rect x=\"100\" y=\"\(y)\" width=\"\(format(repWidth))\" height=\"20\" fill=\"\(repColour)\"><title>me \(Int(share.rounded()))%</title></rect>"
            svg += "<rect x=\"\(format(100 + repWidth))\" y=\"\(y)\" width=\"\(format(480 - repWidth))\" height=\"20\" fill=\"\(customerColour)\"><title>them \(100 - Int(share.rounded()))%</title></rect>\n"
        }
        return svg + "</svg>"
    }

    private static func plan(_ review: CallReview) -> String {
        guard let plan = review.plan else { return "" }
        var out = "<h2>The plan beside the call</h2>\n"
        if !review.objectives.isEmpty {
            out += "<p>Objectives (ticked when learned):</p>\n<ul>\n"
            for objective in review.objectives { out += "<li>\(objective.learned ? "☑" : "☐") \(escape(objective.text))</li>\n" }
            out += "</ul>\n"
        }
        if !review.plannedQuestions.isEmpty {
            out += "<p>Planned questions (ticked when asked):</p>\n<ul>\n"
            for question in review.plannedQuestions { out += "<li>\(question.asked ? "☑" : "☐") \(escape(question.text))</li>\n" }
            out += "</ul>\n"
        }
        let blank = plan.blankPrepItems
        out += "<p>\(blank.isEmpty ? "Homework: all done." : "Homework left blank: " + escape(blank.joined(separator: "; ")) + ".")</p>\n"
        return out
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
