import CoachCore

enum ParserBenchmark {
    static func run() {
        let lineCount = 100_000
        let bytes = Array(SyntheticCall.text(lineCount: lineCount).utf8)
        var parsed = 0
        let seconds = Measure.median {
            parsed = NotesParser.parse(bytes: bytes).document.notes.count
        }
        let perSecond = Double(lineCount) / seconds
        print("parse \(lineCount) lines (\(bytes.count / 1024) KiB, \(parsed) notes): median \(Measure.format(seconds * 1000)) ms")
        print("lines/s: \(Int(perSecond))  (target >= 1,000,000: \(perSecond >= 1_000_000 ? "met" : "NOT met"))")
    }
}
