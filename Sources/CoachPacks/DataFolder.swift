import Foundation

/// A folder of YAML data files (a rule pack, a set of scenarios).
enum DataFolder {
    /// The paths of its `.yaml` and `.yml` files in name order, so later files win the same way on every
    /// machine. Listed by path: through `URL`, listing costs a command's start more than reading the files.
    static func yamlFiles(in directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { name in [".yaml", ".yml"].contains { name.hasSuffix($0) && name.count > $0.count } }
            .sorted()
            .map { directory + "/" + $0 }
    }
}
