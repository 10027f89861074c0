import Foundation

/// Where the shipped data files (rule pack, checklists, scenarios, practice moves) live.
public enum ShippedResources {
    public static var rulesDirectory: URL { directory("rules") }
    public static var checklistsDirectory: URL { directory("checklists") }
    public static var scenariosDirectory: URL { directory("scenarios") }
    public static var objectivesDirectory: URL { directory("objectives") }
    public static var practiceDirectory: URL { directory("practice") }

    /// Named within the bundle rather than looked up through it, which costs a start-up half a millisecond.
    private static func directory(_ name: String) -> URL {
        let url = Bundle.module.bundleURL.appending(path: name, directoryHint: .isDirectory)
        guard FileManager.default.fileExists(atPath: url.path) else {
            fatalError("The shipped '\(name)' folder is missing from the SecondCall resources bundle.")
        }
        return url
    }
}
