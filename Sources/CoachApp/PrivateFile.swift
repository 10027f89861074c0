import Foundation

/// Files that hold customers' business (plans, exports, reports): readable by the user alone (0600), and
/// written to a temporary file that is then renamed, so a file is never left half written.
public enum PrivateFile {
    public static func write(_ text: String, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw ProblemMessage(message: "cannot write in \(folder.path)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw ProblemMessage(message: "cannot write \(url.path): \(reason)")
        }
    }
}
