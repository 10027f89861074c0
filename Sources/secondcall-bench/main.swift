import Foundation

/// `secondcall-bench [NAME...]`: prints speed figures (medians over several runs) for each benchmark named,
/// or for all of them.
let benchmarks: [(name: String, run: () throws -> Void)] = [
    ("parser", ParserBenchmark.run),
    ("rules", RulesBenchmark.run),
    ("check", CheckBenchmark.run),
    ("packs", PacksBenchmark.run),
    ("import", ImportBenchmark.run),
    ("store", StoreBenchmark.run),
    ("live", LiveScreenBenchmark.run),
    ("review", ReviewBenchmark.run),
    ("team", TeamBenchmark.run),
]

let requested = Set(CommandLine.arguments.dropFirst())
let unknown = requested.subtracting(benchmarks.map(\.name))
guard unknown.isEmpty else {
    FileHandle.standardError.write(Data("secondcall-bench: unknown benchmark \(unknown.sorted().joined(separator: ", ")); known: \(benchmarks.map(\.name).joined(separator: ", "))\n".utf8))
    exit(2)
}
#if DEBUG
print("note: this is a debug build; run 'swift run -c release secondcall-bench' for real figures")
#endif
for benchmark in benchmarks where requested.isEmpty || requested.contains(benchmark.name) {
    print("== \(benchmark.name)")
    try benchmark.run()
}
