import Foundation

/// Runs programs the way a user does, for figures measured side by side with a floor: wall time, and the
/// peak resident memory as `/usr/bin/time` reports it (a child's own figure from `wait4` would count this
/// process's memory too, which the child shares until it starts its program).
enum Subprocess {
    struct Run {
        var seconds: Double
        var peakMegabytes: Double
        var status: Int32
    }

    /// Runs `arguments` (the program first, found on PATH) with standard output to `output` (or nowhere)
    /// and standard error to /dev/null; `environment` is added to this process's.
    static func run(_ arguments: [String], output: String = "/dev/null", input: String = "/dev/null",
                    environment: [String: String] = [:]) -> Run {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0.key)=\($0.value)" }
        let memoryFile = FileManager.default.temporaryDirectory.appendingPathComponent("secondcall-bench-memory-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: memoryFile) }
        var argv = (["/usr/bin/time", "-f", "%M", "-o", memoryFile] + arguments).map { strdup($0) } + [nil]
        var envp = merged.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let start = DispatchTime.now().uptimeNanoseconds
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/usr/bin/time", &actions, nil, &argv, &envp) == 0 else {
            return Run(seconds: 0, peakMegabytes: 0, status: -1)
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let kilobytes = (try? String(contentsOfFile: memoryFile, encoding: .utf8))?.split(separator: "\n").last.flatMap { Double($0) } ?? 0
        return Run(seconds: seconds, peakMegabytes: kilobytes / 1024, status: (status >> 8) & 0xFF)
    }

    /// Median wall time and median peak memory of `runs` runs; `before` runs ahead of each (not timed).
    static func median(runs: Int, _ arguments: [String], output: String = "/dev/null", input: String = "/dev/null",
                       environment: [String: String] = [:], before: () -> Void = {}) -> Run {
        var all: [Run] = []
        for _ in 0..<runs {
            before()
            all.append(run(arguments, output: output, input: input, environment: environment))
        }
        let seconds = all.map(\.seconds).sorted()[runs / 2]
        let memory = all.map(\.peakMegabytes).sorted()[runs / 2]
        return Run(seconds: seconds, peakMegabytes: memory, status: all.last?.status ?? -1)
    }

    /// The app built beside this benchmark (`swift build -c release` builds them all); when there is none,
    /// says how to build it.
    static func builtApp() -> String? {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let path = here.appendingPathComponent("secondcall").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            print("build the app first: swift build -c release (the benchmark runs .build/release/secondcall)")
            return nil
        }
        return path
    }
}
