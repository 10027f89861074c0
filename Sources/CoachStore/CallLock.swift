import Foundation

/// Held while a call runs, so a second SecondCall does not run a call on the same data at the same time.
/// The lock file holds the owner's pid; the kernel releases the lock if the process dies.
public final class CallLock {
    private let descriptor: Int32

    public init(directory: URL) throws {
        let path = directory.appendingPathComponent("secondcall.lock").path
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StoreError.cannotCreateFolder(path: directory.path, reason: "cannot create its lock file") }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            var buffer = [UInt8](repeating: 0, count: 32)
            let count = pread(descriptor, &buffer, buffer.count, 0)
            close(descriptor)
            let owner = count > 0 ? Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) : nil
            throw StoreError.inUse(path: directory.path, pid: owner)
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, pid, pid.count, 0)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
