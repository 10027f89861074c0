import Foundation

/// The files of one pack folder, as paths, listed in name order so later files win the same way on every
/// machine.
struct PackFolder {
    var directory: URL
    var rules: [String]
    var vocabularies: [String]
    var normalising: [String]

    init(_ directory: URL) throws {
        self.directory = directory
        rules = try DataFolder.yamlFiles(in: directory.path)
        vocabularies = try Self.optionalFiles(in: directory.path + "/vocabularies")
        normalising = try Self.optionalFiles(in: directory.path + "/normalising")
    }

    static func fileName(_ path: String) -> String {
        path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.utf8.index(after: $0)...]) } ?? path
    }

    /// A vocabulary file's name without its extension.
    static func vocabularyName(_ path: String) -> String {
        let name = fileName(path)
        return name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
    }

    /// Every file of the folder in the order it is read (normalising, vocabularies, rules), with its bytes
    /// (nil when it cannot be read).
    func contents() -> [(path: String, bytes: [UInt8]?)] {
        (normalising + vocabularies + rules).map { path in (path, FileBytes.contents(atPath: path)) }
    }

    private static func optionalFiles(in directory: String) throws -> [String] {
        FileManager.default.fileExists(atPath: directory) ? try DataFolder.yamlFiles(in: directory) : []
    }
}
