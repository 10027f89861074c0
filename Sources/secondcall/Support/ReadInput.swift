import Foundation

/// The most an input file (notes, a plan, a replay) may hold. A call's notes are a few kilobytes; far more
/// is the wrong input (or an endless one, such as /dev/zero), refused before it fills the memory.
let inputSizeLimit = 64 << 20

/// Reads a file, or standard input for "-", in bounded chunks; prints why not and returns nil when it cannot.
/// A device such as /dev/null reads as what it gives (nothing), not as an error.
func readInput(_ path: String) -> [UInt8]? {
    let isStandardInput = path == "-"
    let name = isStandardInput ? "standard input" : "'\(path)'"
    let descriptor = isStandardInput ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
        printError("cannot read \(name): \(reason(errno))")
        return nil
    }
    defer { if !isStandardInput { close(descriptor) } }
    var status = stat()
    if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
        printError("cannot read \(name): it is a folder; name the notes files in it")
        return nil
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count == 0 { return bytes }
        if count < 0 {
            if errno == EINTR { continue }
            printError("cannot read \(name): \(reason(errno))")
            return nil
        }
        guard bytes.count + count <= inputSizeLimit else {
            printError("cannot read \(name): it holds more than \(inputSizeLimit >> 20) MiB, far more than any call's notes; is it the right input?")
            return nil
        }
        bytes += chunk[..<count]
    }
}

private func reason(_ code: Int32) -> String {
    switch code {
    case ENOENT: "no such file"
    case EACCES, EPERM: "permission denied"
    case EISDIR: "it is a folder; name the notes files in it"
    default: String(cString: strerror(code))
    }
}

/// The longest line a streamed notes file may have. A note is a sentence or a paragraph; a line of more is
/// the wrong input (or an endless one, such as /dev/zero).
let lineSizeLimit = 1 << 20

/// Reads a file, or standard input for "-", a line at a time (without its line feed), in the memory of one
/// chunk and one line, so a file of any length can be read. Prints why not and returns false when it cannot.
func readLines(_ path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
    let isStandardInput = path == "-"
    let name = isStandardInput ? "standard input" : "'\(path)'"
    let descriptor = isStandardInput ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
        printError("cannot read \(name): \(reason(errno))")
        return false
    }
    defer { if !isStandardInput { close(descriptor) } }
    var status = stat()
    if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
        printError("cannot read \(name): it is a folder; name the notes files in it")
        return false
    }
    var chunk = [UInt8](repeating: 0, count: 1 << 18)
    var partial: [UInt8] = []
    var lineNumber = 0
    while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { continue }
            printError("cannot read \(name): \(reason(errno))")
            return false
        }
        if count == 0 {
            if !partial.isEmpty { partial.withUnsafeBufferPointer(body) }
            return true
        }
        let tooLong = chunk.withUnsafeBufferPointer { buffer -> Bool in
            var start = 0
            let read = UnsafeBufferPointer(rebasing: buffer[..<count])
            while let newline = read[start...].firstIndex(of: 0x0A) {
                lineNumber += 1
                if partial.isEmpty {
                    body(UnsafeBufferPointer(rebasing: read[start..<newline]))
                } else {
                    partial += read[start..<newline]
                    if partial.count > lineSizeLimit { return true }
                    partial.withUnsafeBufferPointer(body)
                    partial.removeAll(keepingCapacity: true)
                }
                start = newline + 1
            }
            partial += read[start...]
            return partial.count > lineSizeLimit
        }
        if tooLong {
            printError("cannot read \(name): line \(lineNumber + 1) holds more than \(lineSizeLimit >> 20) MiB, far more than any note; is it the right input?")
            return false
        }
    }
}
