import CoachCore
import CoachStore
import Foundation

enum StoreBenchmark {
    static func run() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("secondcall-bench-store-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try CoachStore(directory: directory)
        let notes = SyntheticCall.notes(count: 1_000)

        let id = try store.startSession(StoredSession(kind: .live, startedAt: Date()))
        let sizeBefore = fileSize(store.databasePath)
        var latencies: [Double] = []
        for (position, note) in notes.enumerated() {
            let start = DispatchTime.now().uptimeNanoseconds
            try store.appendNote(note, position: position, stage: .relationship, session: id, elapsed: note.elapsed ?? 0)
            latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        try store.endSession(id, at: Date(), elapsed: 3_000)
        try store.checkpoint()
        print("commit one note (durable, 1,000 notes): p50 \(Measure.format(Measure.percentile(latencies, 0.5) * 1000, 2)) ms, p99 \(Measure.format(Measure.percentile(latencies, 0.99) * 1000, 2)) ms (target p99 < 10 ms)")
        let sizeAfter = fileSize(store.databasePath)
        print("database size per 1,000 notes: \(Measure.format(Double(sizeAfter - sizeBefore) / 1024, 0)) KiB")

        let calls = 10_000
        let smallCall = NotesDocument(frontMatter: FrontMatter([.init(key: "account", value: "Acme")]), notes: Array(notes.prefix(5)))
        for _ in 1..<calls { _ = try store.importCall(smallCall, flags: [], startedAt: Date()) }
        var listed = 0
        let listSeconds = try Measure.median { listed = try store.sessions().count }
        print("sessions list over \(listed) stored calls: median \(Measure.format(listSeconds * 1000, 1)) ms (target < 50 ms)")
    }

    private static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}
