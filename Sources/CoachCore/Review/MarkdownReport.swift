/// The review as Markdown, short enough to paste into a CRM note.
public enum MarkdownReport {
    public static func render(_ review: CallReview) -> String {
        var out = "# Call review: \(review.whoText)\n\n"
        out += "\(CallDate.text(review.startedAt)) · \(review.durationText) · reached \(review.stageReached.rawValue)\n\n"
        out += "| Measure | This call | Reference |\n|---|---|---|\n"
        out += "| Talk share | \(review.talkShareText) | \(TalkShareReference.ratio) (Gong Labs) |\n"
        out += "| Longest monologue | \(review.monologueText) | |\n"
        out += "| Questions | \(review.questionsText) | \(CallReview.questionReference.lowerBound)–\(CallReview.questionReference.upperBound) (Gong Labs) |\n"
        out += "| Needs found | \(review.needs.count) | |\n"
        out += "| Next step | \(escape(review.nextStepText)) | |\n\n"
        for need in review.needs { out += "- Need: \(need)\n" }
        if !review.needs.isEmpty { out += "\n" }

        let counted = review.barrierCounts
        out += "## Barriers (\(counted.reduce(0) { $0 + $1.count }))\n\n"
        if counted.isEmpty { out += "None flagged.\n\n" }
        for (barrier, _) in counted + dismissedOnly(review) {
            out += "### \(barrier.title)\n\n"
            for flag in review.barriers where flag.target == .barrier(barrier) { out += item(flag, review) }
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

    /// Barriers whose every flag was dismissed: still listed, so the dismissals show.
    private static func dismissedOnly(_ review: CallReview) -> [(barrier: Barrier, count: Int)] {
        Barrier.allCases.filter { barrier in
            let flags = review.barriers.filter { $0.target == .barrier(barrier) }
            return !flags.isEmpty && flags.allSatisfy(\.dismissed)
        }.map { ($0, 0) }
    }

    private static func item(_ flag: ReviewedFlag, _ review: CallReview) -> String {
        let dismissed = flag.dismissed ? " (dismissed: not a barrier)" : ""
        return "- \(review.moment(ofNote: flag.noteIndex)) **\(flag.message)**\(dismissed) `\(flag.rule)`\n"
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
