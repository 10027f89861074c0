import Foundation

/// Every file in a folder (and its subfolders), byte for byte, with its mode and modification time: two
/// snapshots are equal only when nothing there was written, created, removed or changed.
public struct FolderSnapshot: Equatable, CustomStringConvertible {
    public struct File: Equatable {
        public var path: String
        public var contents: Data
        public var mode: Int
        public var modified: Date
    }

    public let files: [File]

    public init(_ folder: URL) throws {
        let manager = FileManager.default
        let paths = (manager.subpaths(atPath: folder.path) ?? []).sorted()
        files = try paths.map { path in
            let full = folder.appendingPathComponent(path).path
            let attributes = try manager.attributesOfItem(atPath: full)
            let isFolder = attributes[.type] as? FileAttributeType == .typeDirectory
            return File(path: path, contents: isFolder ? Data() : try Data(contentsOf: URL(fileURLWithPath: full)),
                        mode: attributes[.posixPermissions] as? Int ?? 0, modified: attributes[.modificationDate] as? Date ?? .distantPast)
        }
    }

    public var description: String {
        files.map { "\($0.path) (\($0.contents.count) bytes)" }.joined(separator: ", ")
    }
}
