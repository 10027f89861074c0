import Foundation

/// Held while a call runs, so a second SecondCall does not run a call on the same data at the same time.
/// The lock file holds the owner's pid; the kernel releases the lock if the process dies. It is taken before
/// the database is opened, creating the data folder when it is missing.
public final class CallLock: Sendable {
    private let descriptor: Int32

    public init(directory: URL) throws {
        descriptor = try Self.take(in: directory)
    }

    /// The lock file's descriptor, locked and holding this process's pid. On failure it is closed here: the
    /// lock is never initialised, so `deinit` cannot close the same number again (by then perhaps another file's).
    private static func take(in directory: URL) throws -> Int32 {
        try StoreLocation.preparePrivateFolder(directory)
        let path = directory.appendingPathComponent("secondcall.lock").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StoreError.cannotCreateFolder(path: directory.path, reason: "cannot create its lock file") }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let owner = owner(descriptor)
            close(descriptor)
            throw StoreError.inUse(path: directory.path, pid: owner)
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, pid, pid.count, 0)
        return descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// The pid the owner wrote. An owner that took the lock a moment ago may not have written it yet, so an
    /// empty file is read again for up to a tenth of a second.
    private static func owner(_ descriptor: Int32) -> Int32? {
        for _ in 0..<20 {
            var buffer = [UInt8](repeating: 0, count: 32)
            let count = pread(descriptor, &buffer, buffer.count, 0)
            if count > 0, let pid = Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            usleep(5_000)
        }
        return nil
    }
}
