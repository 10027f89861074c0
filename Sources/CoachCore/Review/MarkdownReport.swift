/// The review as Markdown, short enough to paste into a CRM note.
public enum MarkdownReport {
    public static func render(_ review: CallReview) -> String {
        var out = "# Call review: \(review.whoText)\n\n"
        out += "\(CallDate.text(review.startedAt)) · \(review.durationText) · reached \(review.stageReached.rawValue)\n\n"
        if let privateNotes = review.privateNotesText { out += privateNotes + "\n\n" }
        out += "| Measure | This call | Reference |\n|---|---|---|\n"
        out += "| Talk share | \(review.talkShareText) | \(TalkShareReference.ratio) (Gong Labs) |\n"
        out += "| Longest monologue | \(review.monologueText) | |\n"
        out += "| Questions | \(review.questionsText) | \(CallReview.questionReference.lowerBound)–\(CallReview.questionReference.upperBound) (Gong Labs) |\n"
        out += "| Needs found | \(review.needs.count) | |\n"
        out += "| Next step | \(escape(review.nextStepText)) | |\n\n"
        for need in review.needs { out += "- Need: \(need)\n" }
        if !review.needs.isEmpty { out += "\n" }

        out += "## Barriers (\(review.countedBarrierFlags))\n\n"
        if review.countedBarrierFlags == 0 { out += "None flagged.\n\n" }
        if let unknown = review.unknownFlagsText { out += unknown + "\n\n" }
        // Most flags first; a barrier whose flags were all dismissed comes last, so the dismissals still show.
        let groups = review.barrierGroups.enumerated().sorted { first, second in
            let (a, b) = (first.element.flags.filter { !$0.dismissed }.count, second.element.flags.filter { !$0.dismissed }.count)
            return a != b ? a > b : first.offset < second.offset
        }.map(\.element)
        for (barrier, flags) in groups {
            out += "### \(barrier.traits.title)\n\n"
            for flag in flags { out += item(flag, review) }
            out += "\n"
        }
        out += "## What went well (\(review.strengths.count))\n\n"
        if review.strengths.isEmpty { out += "No strengths flagged.\n" }
        for flag in review.strengths {
            out += "- \(review.moment(ofNote: flag.noteIndex)) **\(flag.target.title)**: \(review.line(ofNote: flag.noteIndex))\n"
        }
        if review.plan != nil { out += "\n" + plan(review) }
        return out
    }

    private static func item(_ flag: Flag, _ review: CallReview) -> String {
        "- \(review.moment(ofNote: flag.noteIndex)) **\(flag.message)**\(flag.remarkText) `\(flag.rule)`\n"
            + "  > \(review.line(ofNote: flag.noteIndex))\n\n"
            + "  Instead: \(flag.tip)\n"
    }

    private static func plan(_ review: CallReview) -> String {
        var out = "## The plan beside the call\n\n"
        if !review.objectives.isEmpty {
            out += "Objectives (ticked when learned):\n\n"
            for objective in review.objectives { out += "- [\(objective.learned ? "x" : " ")] \(objective.text)\n" }
            out += "\n"
        }
        if !review.plannedQuestions.isEmpty {
            out += "Planned questions (ticked when asked):\n\n"
            for question in review.plannedQuestions { out += "- [\(question.asked ? "x" : " ")] \(question.text)\n" }
            out += "\n"
        }
        let blank = review.plan?.blankPrepItems ?? []
        out += blank.isEmpty ? "Homework: all done.\n" : "Homework left blank: \(blank.joined(separator: "; ")).\n"
        return out
    }

    private static func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
