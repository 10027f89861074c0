import CoachCore
import CoachPacks
import CoachResources
import Foundation

/// A team's pack folder read on top of the shipped pack, as it will run: its rules may name the shipped
/// vocabularies and add to them. `contains` tells its own files from the shipped ones, so only its own
/// examples are run and counted.
struct PackUnderTest {
    let loaded: LoadedRules
    private let folder: String

    init(_ directory: URL) {
        loaded = RulePackLoader.load(directories: [ShippedResources.rulesDirectory, directory])
        folder = directory.standardizedFileURL.path + "/"
    }

    /// The folder's own rules, not the shipped ones it is read on top of.
    var ownRules: [RuleDefinition] { loaded.pack.rules.filter { contains($0.file) } }

    func contains(_ file: String) -> Bool {
        URL(fileURLWithPath: file).standardizedFileURL.path.hasPrefix(folder)
    }
}
