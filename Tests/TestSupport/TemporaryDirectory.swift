import Foundation

/// A folder under the system's temporary folder for one test, removed when the test process ends.
///
/// Not removed when the value goes away: Swift may release it right after its last use, while a database
/// opened in it is still open. SQLite then finds its deleted file's inode reused by another test's
/// database and fails with "disk I/O error".
public final class TemporaryDirectory: Sendable {
    public let url: URL

    private static let parent: URL = {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("secondcall-tests-\(getpid())")
        atexit { try? FileManager.default.removeItem(at: FileManager.default.temporaryDirectory.appendingPathComponent("secondcall-tests-\(getpid())")) }
        return parent
    }()

    public init() throws {
        url = Self.parent.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func write(_ relativePath: String, _ text: String) throws {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    public func path(_ relativePath: String) -> String { url.appendingPathComponent(relativePath).path }
}
