import CoachCore
import CoachPacks
import CoachResources
import CoachStore
import CoachTUI
import Foundation

/// A long stored call opened in the review: read from the database, measured, and drawn.
enum ReviewBenchmark {
    static func run() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("secondcall-bench-review-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try CoachStore(directory: directory)
        let pack = RulePackLoader.load(directories: [ShippedResources.rulesDirectory]).pack
        let notes = SyntheticCall.notes(count: 5_000)
        let flags = RuleEngine.flags(for: notes, pack: pack)
        let id = try store.importCall(NotesDocument(notes: notes), flags: flags, startedAt: Date())

        let seconds = try Measure.median(runs: 11) {
            let review = try store.call(id).review(plan: nil)
            let app = App(terminal: VirtualTerminal(columns: 200, rows: 60),
                          root: ReviewScreen(review: review, setDismissed: { _, _ in }, setTicked: { _, _ in }))
            app.draw()
        }
        let readSeconds = try Measure.median(runs: 11) { _ = try store.call(id) }
        let stored = try store.call(id)
        let measureSeconds = Measure.median(runs: 11) { _ = stored.review(plan: nil) }
        print("  of which: read \(Measure.format(readSeconds * 1000, 1)) ms, measure \(Measure.format(measureSeconds * 1000, 1)) ms")
        print("open a 5,000-note call (\(flags.count) flags) in the review: read, measure, first frame at 200x60: median \(Measure.format(seconds * 1000, 1)) ms (target < 100 ms)")
    }
}
