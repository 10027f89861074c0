import CoachCore
import CoachPacks
import CoachResources
import CoachStore
import Foundation

/// The store on the disk the temporary folder is on: every commit synced (the figures are only honest on a
/// real disk, not on tmpfs, where a sync costs nothing).
enum StoreBenchmark {
    static func run() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("secondcall-bench-store-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(StoreLocation.databaseName).path
        let notes = SyntheticCall.notes(count: 1_000)
        let emptySize = try closedSize(path) { _ = try CoachStore(directory: directory) }

        var latencies: [Double] = []
        let fullSize = try closedSize(path) {
            let store = try CoachStore(directory: directory)
            let settings = try store.journalSettings()
            print("journal \(settings.journalMode), synchronous \(settings.synchronous == 2 ? "FULL" : String(settings.synchronous)) (read back from the connection that writes)")
            let id = try store.startSession(StoredSession(kind: .live, startedAt: Date()))
            let engine = RuleEngine(pack: RulePackLoader.load(directories: [ShippedResources.rulesDirectory]).pack)
            for (position, note) in notes.enumerated() {
                let entry = JournalEntry(notes: [note], position: position, stage: .relationship, elapsed: note.elapsed ?? 0, flags: engine.add(note))
                let start = DispatchTime.now().uptimeNanoseconds
                try store.save(entry, session: id)
                latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            try store.endSession(id, at: Date(), elapsed: 3_000)
        }
        print("commit one note with its flags (synced, 1,000 notes): p50 \(Measure.format(Measure.percentile(latencies, 0.5) * 1000, 2)) ms, p99 \(Measure.format(Measure.percentile(latencies, 0.99) * 1000, 2)) ms (target p99 < 10 ms)")
        print("database size per 1,000 notes: \(Measure.format(Double(fullSize - emptySize) / 1024, 0)) KiB")

        let calls = 10_000
        let smallCall = NotesDocument(frontMatter: FrontMatter([.init(key: "account", value: "Acme")]), notes: Array(notes.prefix(5)))
        let size = try closedSize(path) {
            let store = try CoachStore(directory: directory)
            for _ in 1..<calls { _ = try store.importCall(smallCall, flags: [], startedAt: Date()) }
        }
        let reader = try CoachStore(readingFrom: directory)
        var listed = 0
        let listSeconds = try Measure.median { listed = try reader.sessions().count }
        print("sessions list over \(listed) stored calls: median \(Measure.format(listSeconds * 1000, 1)) ms (target < 50 ms)")
        let openSeconds = try Measure.median { _ = try CoachStore(directory: directory) }
        print("open for writing over \(listed) stored calls (\(Measure.format(Double(size) / 1_048_576, 1)) MiB), checked first: median \(Measure.format(openSeconds * 1000, 1)) ms")
        let readSeconds = try Measure.median { _ = try CoachStore(readingFrom: directory) }
        print("open for reading: median \(Measure.format(readSeconds * 1000, 1)) ms")
    }

    /// Runs `body` (which opens a store and lets it go) and returns the database's size once it is closed.
    private static func closedSize(_ path: String, _ body: () throws -> Void) throws -> Int {
        try body()
        return ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}
