import CoachCore
import CoachPacks
import Foundation

/// Where plans are kept: the file the rep named, else `plans/ACCOUNT-CONTACT.yaml` in the data folder.
/// Files are private to the user (0600 in a 0700 folder) and replaced whole (`PrivateFile`).
public struct PlanFiles {
    let dataDirectory: URL
    /// The file named with `--plan`, if any.
    let chosen: URL?

    public init(dataDirectory: URL, chosen: URL?) {
        self.dataDirectory = dataDirectory
        self.chosen = chosen
    }

    public func location(for plan: CallPlan) -> URL {
        if let chosen { return chosen }
        let name = [plan.account, plan.contact].map(Self.slug).filter { !$0.isEmpty }.joined(separator: "-")
        return dataDirectory.appendingPathComponent("plans").appendingPathComponent((name.isEmpty ? "plan" : name) + ".yaml")
    }

    /// Writes the plan; returns the path written.
    public func save(_ plan: CallPlan) throws -> String {
        let url = location(for: plan)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        try PrivateFile.write(try PlanFileWriter.write(plan), to: url)
        return url.path
    }

    /// Lower-case letters and digits joined by '-': safe in a file name on any system.
    static func slug(_ text: String) -> String {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: "-")
    }
}
