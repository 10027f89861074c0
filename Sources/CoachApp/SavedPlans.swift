import CoachCore
import CoachPacks
import Foundation

/// The plans saved in the data folder's `plans/`, newest first, for starting a call from one.
public struct SavedPlans {
    public struct Entry {
        public var url: URL
        public var modified: Date
        /// The plan, or why the file cannot be read as one.
        public var plan: Result<CallPlan, ProblemMessage>

        /// The file as the screens name it: `plans/acme-retail-nick.yaml`.
        public var name: String { "plans/" + url.lastPathComponent }

        public func matches(account: String, contact: String) -> Bool {
            guard case .success(let plan) = plan else { return false }
            let same = { (a: String, b: String) in a.trimmingCharacters(in: .whitespaces).lowercased() == b.trimmingCharacters(in: .whitespaces).lowercased() }
            return !(account.isEmpty && contact.isEmpty) && same(plan.account, account) && same(plan.contact, contact)
        }
    }

    public let entries: [Entry]

    public init(dataDirectory: URL) {
        let folder = dataDirectory.appendingPathComponent("plans")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.contentModificationDateKey])) ?? []
        entries = files.filter { $0.pathExtension == "yaml" }.map { url in
            let modified = (try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast
            return Entry(url: url, modified: modified, plan: Self.read(url))
        }.sorted { ($0.modified, $1.url.path) > ($1.modified, $0.url.path) }
    }

    private static func read(_ url: URL) -> Result<CallPlan, ProblemMessage> {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(ProblemMessage(message: "\(url.path): cannot be read"))
        }
        let (loaded, problems) = PlanFileReader.read(path: url.path, bytes: Array(data))
        guard let loaded else { return .failure(ProblemMessage(message: problems.first.map { "\($0)" } ?? "\(url.path): not a plan")) }
        return .success(loaded.plan)
    }

    /// The newest plan for the account and contact, if one was saved.
    public func matching(account: String, contact: String) -> Entry? {
        entries.first { $0.matches(account: account, contact: contact) }
    }

    /// What the live screen says when a call starts from a saved plan.
    public static func notice(_ entry: Entry, plan: CallPlan) -> String {
        "Started from the plan \(entry.name), saved \(CallDate.text(entry.modified)): \(Count.of(plan.questions.count, "question")) on the checklist"
    }
}
