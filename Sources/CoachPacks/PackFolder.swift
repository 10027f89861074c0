import Foundation

/// The files of one pack folder, listed in name order so later files win the same way on every machine.
struct PackFolder {
    var directory: URL
    var rules: [URL]
    var vocabularies: [URL]
    var normalising: [URL]

    init(_ directory: URL) throws {
        self.directory = directory
        rules = try DataFolder.yamlFiles(in: directory)
        vocabularies = try Self.optionalFiles(in: directory.appendingPathComponent("vocabularies"))
        normalising = try Self.optionalFiles(in: directory.appendingPathComponent("normalising"))
    }

    static func vocabularyName(_ file: URL) -> String { file.deletingPathExtension().lastPathComponent }

    /// Every file of the folder in the order it is read (normalising, vocabularies, rules), with its bytes
    /// (nil when it cannot be read).
    func contents() -> [(url: URL, bytes: [UInt8]?)] {
        (normalising + vocabularies + rules).map { url in (url, FileManager.default.contents(atPath: url.path).map { [UInt8]($0) }) }
    }

    private static func optionalFiles(in directory: URL) throws -> [URL] {
        FileManager.default.fileExists(atPath: directory.path) ? try DataFolder.yamlFiles(in: directory) : []
    }
}
