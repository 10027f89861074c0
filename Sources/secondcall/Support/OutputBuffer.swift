import Foundation

/// Standard output written in large blocks: a long report costs a few writes, not one a line.
final class OutputBuffer {
    private var bytes: [UInt8] = []
    private let capacity = 1 << 16

    init() { bytes.reserveCapacity(capacity) }

    deinit { flush() }

    /// Writes `text` and, unless told otherwise, a line feed.
    func line(_ text: String, ending: Bool = true) {
        bytes += text.utf8
        if ending { bytes.append(0x0A) }
        if bytes.count >= capacity { flush() }
    }

    func flush() {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            written += count
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
