import Foundation

/// A folder of YAML data files (a rule pack, a set of scenarios).
enum DataFolder {
    /// Its `.yaml` and `.yml` files in name order, so later files win the same way on every machine.
    static func yamlFiles(in directory: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { ["yaml", "yml"].contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
