/// Is the rep getting better? Barrier counts, talk share and questions over a run of calls, oldest first,
/// as a table with a sparkline a row.
public enum TrendReport {
    public static func render(_ reviews: [CallReview]) -> String {
        guard !reviews.isEmpty else { return "no finished calls yet; 'secondcall live' starts one\n" }
        var out = "The last \(Count.of(reviews.count, "call")), oldest first\n\n"
        for (index, review) in reviews.enumerated() {
            out += "  \(index + 1)  \(CallDate.text(review.startedAt))  \(review.whoText)\n"
        }
        var rows: [(String, [Double])] = Barrier.allCases.map { barrier in
            (barrier.rawValue, reviews.map { review in Double(review.barrierCounts.first { $0.barrier == barrier }?.count ?? 0) })
        }
        rows.append(("talk share (me %)", reviews.map { ($0.talkShare ?? 0).rounded() }))
        rows.append(("questions", reviews.map { Double($0.questions) }))
        rows.append(("open questions", reviews.map { Double($0.openQuestions) }))
        let labelWidth = rows.map(\.0.count).max() ?? 0
        let trendWidth = max(5, reviews.count)
        out += "\n" + pad("", labelWidth) + "  " + pad("trend", trendWidth) + "  per call\n"
        for (label, values) in rows {
            let numbers = values.map { String(Int($0)) }.joined(separator: " ")
            out += pad(label, labelWidth) + "  " + pad(Sparkline.of(values), trendWidth) + "  " + numbers + "\n"
        }
        if let unknown = UnknownFlag.notice(reviews.flatMap(\.unknownFlags), lead: "Not counted") { out += "\n" + unknown + "\n" }
        out += "\nBest calls: talk share about \(Int(TalkShareReference.bestRepShare))%, "
            + "\(CallReview.questionReference.lowerBound)–\(CallReview.questionReference.upperBound) questions (Gong Labs).\n"
        return out
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
