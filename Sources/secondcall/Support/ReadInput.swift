import Foundation

/// The most an input file (notes, a plan, a replay) may hold. A call's notes are a few kilobytes; far more
/// is the wrong input (or an endless one, such as /dev/zero), refused before it fills the memory.
let inputSizeLimit = 64 << 20

/// Reads a file, or standard input for "-", in bounded chunks; prints why not and returns nil when it cannot.
/// A device such as /dev/null reads as what it gives (nothing), not as an error.
func readInput(_ path: String) -> [UInt8]? {
    guard let file = InputFile(path) else { return nil }
    defer { file.release() }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while let count = file.nextChunk(into: &chunk) {
        if count == 0 { return bytes }
        guard bytes.count + count <= inputSizeLimit else {
            file.refuse("it holds more than \(inputSizeLimit >> 20) MiB, far more than any call's notes; is it the right input?")
            return nil
        }
        bytes += chunk[..<count]
    }
    return nil
}

/// A file, or standard input for "-", open for reading. A name that cannot be read, or is a folder, is
/// said and gives no file.
private struct InputFile {
    let name: String
    private let descriptor: Int32
    private let isStandardInput: Bool

    init?(_ path: String) {
        isStandardInput = path == "-"
        name = isStandardInput ? "standard input" : "'\(path)'"
        descriptor = isStandardInput ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            printError("cannot read \(name): \(reason(errno))")
            return nil
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            release()
            printError("cannot read \(name): it is a folder; name the notes files in it")
            return nil
        }
    }

    /// Fills `chunk` from the start with what comes next: how many bytes, 0 at the end, nil (said) when
    /// reading failed.
    func nextChunk(into chunk: inout [UInt8]) -> Int? {
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 { return count }
            if errno != EINTR {
                refuse(reason(errno))
                return nil
            }
        }
    }

    /// Says why the input is not read.
    func refuse(_ why: String) {
        printError("cannot read \(name): \(why)")
    }

    func release() {
        if !isStandardInput { close(descriptor) }
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
    guard let file = InputFile(path) else { return false }
    defer { file.release() }
    var chunk = [UInt8](repeating: 0, count: 1 << 18)
    var partial: [UInt8] = []
    var lineNumber = 0
    while let count = file.nextChunk(into: &chunk) {
        if count == 0 {
            if !partial.isEmpty { partial.withUnsafeBufferPointer(body) }
            return true
        }
        let tooLong = chunk.withUnsafeBufferPointer { buffer -> Bool in
            var start = 0
            let read = UnsafeBufferPointer(rebasing: buffer[..<count])
            while let newline = read[start...].firstIndex(of: 0x0A) {
                if partial.isEmpty {
                    body(UnsafeBufferPointer(rebasing: read[start..<newline]))
                } else {
                    partial += read[start..<newline]
                    if partial.count > lineSizeLimit { return true }
                    partial.withUnsafeBufferPointer(body)
                    partial.removeAll(keepingCapacity: true)
                }
                lineNumber += 1
                start = newline + 1
            }
            partial += read[start...]
            return partial.count > lineSizeLimit
        }
        if tooLong {
            file.refuse("line \(lineNumber + 1) holds more than \(lineSizeLimit >> 20) MiB, far more than any note; is it the right input?")
            return false
        }
    }
    return false
}
