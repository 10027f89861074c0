import Foundation

/// `secondcall sessions import` of a 5,000-note call as a user runs it, beside its floor in the same run:
/// the sqlite3 shell writing the same rows (a dump of the imported database) in one transaction.
enum ImportBenchmark {
    static let noteCount = 5_000

    static func run() throws {
        guard let secondcall = Subprocess.builtApp() else { return }
        let folder = try BenchFolder("import")
        defer { folder.remove() }
        let notes = folder.path("call.notes")
        try SyntheticCall.write(lineCount: noteCount, to: notes)
        let data = folder.path("data")
        let environment = folder.environment
        // A first import fills the pack cache, as any earlier command would have.
        _ = Subprocess.run([secondcall, "sessions", "import", "--data-dir", data, notes], environment: environment)
        let dump = folder.path("dump.sql")
        _ = Subprocess.run(["sqlite3", folder.path("data/secondcall.sqlite"), ".dump"], output: dump)
        let script = folder.path("floor.sql")
        let rows = (try? String(contentsOfFile: dump, encoding: .utf8)) ?? ""
        try ("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\n" + rows).write(toFile: script, atomically: true, encoding: .utf8)

        let imported = Subprocess.median(runs: 7, [secondcall, "sessions", "import", "--data-dir", data, notes], environment: environment) {
            try? FileManager.default.removeItem(atPath: data)
        }
        let floorDatabase = folder.path("floor.sqlite")
        let floor = Subprocess.median(runs: 7, ["sqlite3", floorDatabase], input: script) {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: floorDatabase + suffix) }
        }
        print("sessions import, \(noteCount) notes (parse, rules, checked open, one synced transaction): median \(Measure.ms(imported.seconds))")
        print("  floor sqlite3 shell, the same rows in one transaction (WAL, synchronous FULL): median \(Measure.ms(floor.seconds))")
        print("  ratio \(Measure.ratio(imported.seconds, floor.seconds)) (target <= 1.5x)")
    }
}
