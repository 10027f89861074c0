import Foundation

enum Measure {
    /// Runs `body` `runs` times and returns the median wall time in seconds.
    static func median(runs: Int = 7, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return times.sorted()[times.count / 2]
    }

    /// Latency percentile of samples in seconds, `fraction` in 0...1.
    static func percentile(_ samples: [Double], _ fraction: Double) -> Double {
        let sorted = samples.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * fraction))]
    }

    static func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }
    static func ms(_ seconds: Double) -> String { "\(format(seconds * 1000, 1)) ms" }
    static func mb(_ megabytes: Double) -> String { "\(format(megabytes, 1)) MB" }
    static func ratio(_ value: Double, _ floor: Double) -> String { "\(format(value / floor, 2))x" }

    /// Resident memory of this process in MB, from /proc.
    static func residentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = Double(line.split(separator: " ")[1]) else { return 0 }
        return kilobytes / 1024
    }
}
