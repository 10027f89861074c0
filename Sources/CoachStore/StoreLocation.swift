import Foundation

/// Where SecondCall keeps its data: `--data-dir`, else `SECONDCALL_DATA_DIR`, else
/// `$XDG_DATA_HOME/secondcall`, else `~/.local/share/secondcall`.
public enum StoreLocation {
    public static func directory(override: String? = nil,
                                 environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let override, !override.isEmpty { return URL(fileURLWithPath: override) }
        if let explicit = environment["SECONDCALL_DATA_DIR"], !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("secondcall")
        }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share/secondcall")
    }

    public static let databaseName = "secondcall.sqlite"

    /// Creates the data folder when it is missing, readable by the user alone.
    static func preparePrivateFolder(_ directory: URL) throws {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.cannotCreateFolder(path: directory.path, reason: error.localizedDescription)
        }
    }
}
