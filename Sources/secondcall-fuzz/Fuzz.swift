import CoachFuzz
import Foundation

#if LIBFUZZER
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                             _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                             _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// libFuzzer's driver, with the target named by SECONDCALL_FUZZ_TARGET (parser, rules, scenarios, plans, keys).
@main
struct CoverageGuidedFuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { data, size in
            let name = ProcessInfo.processInfo.environment["SECONDCALL_FUZZ_TARGET"] ?? "parser"
            guard let target = FuzzTarget(rawValue: name) else { fatalError("unknown fuzz target '\(name)'") }
            let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
            do {
                try target.run(bytes)
            } catch {
                fatalError("\(name): \(error)")
            }
            return 0
        })
    }
}
#else
/// `secondcall-fuzz TARGET [--seconds N | --runs N] [--seed S]`: random inputs from a seeded generator,
/// for machines without libFuzzer. A finding is saved to `fuzz-findings/` and ends the run with exit 1;
/// `--input FILE` runs one saved input again.
@main
struct RandomFuzz {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            print("usage: secondcall-fuzz \(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) [--seconds N | --runs N] [--seed S]")
            exit(2)
        }
        arguments.removeFirst()
        if let index = arguments.firstIndex(of: "--input"), index + 1 < arguments.count {
            let bytes = FileManager.default.contents(atPath: arguments[index + 1]).map { [UInt8]($0) } ?? []
            do {
                try target.run(bytes)
                print("\(name): no finding")
            } catch {
                print("\(name): \(error)")
                exit(1)
            }
            return
        }
        func option(_ flag: String) -> Double? {
            arguments.firstIndex(of: flag).flatMap { $0 + 1 < arguments.count ? Double(arguments[$0 + 1]) : nil }
        }
        let seconds = option("--seconds") ?? (option("--runs") == nil ? 60 : .infinity)
        let runs = option("--runs").map(Int.init) ?? .max
        var generator = SeededGenerator(seed: UInt64(option("--seed") ?? 1))
        let start = Date()
        var count = 0
        while count < runs, Date().timeIntervalSince(start) < seconds {
            let input = generator.bytes(count: Int.random(in: 0...2048, using: &generator))
            do {
                try target.run(input)
            } catch {
                let file = save(input, target: name, count: count)
                print("\(name): finding after \(count) inputs: \(error)\ninput saved to \(file)")
                exit(1)
            }
            count += 1
        }
        let elapsed = Date().timeIntervalSince(start)
        print("\(name): \(count) inputs in \(Int(elapsed)) s (\(Int(Double(count) / max(elapsed, 0.001)))/s), no finding")
    }

    static func save(_ input: [UInt8], target: String, count: Int) -> String {
        let folder = URL(fileURLWithPath: "fuzz-findings")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("\(target)-\(count).bin")
        _ = FileManager.default.createFile(atPath: file.path, contents: Data(input))
        return file.path
    }
}
#endif
