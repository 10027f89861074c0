import CoachApp
import CoachCore
import CoachPacks
import CoachTeam
import Foundation

/// The team's rule pack as this machine holds it: the newest version fetched, kept in the config folder
/// (`team/rules/` and `team/pack.json`) so it works offline. The rule loader layers it over the shipped pack.
enum TeamPackHolder {
    struct Held: Codable {
        var version: Int
        var publishedBy: String
        var publishedAt: Date
        var fetchedAt: Date
    }

    static var rulesFolder: URL { RulePackLoader.teamDirectory() }
    static var metadataFile: URL { TeamSettings.folder.appendingPathComponent("pack.json") }
    /// Why the last fetch at start-up failed, kept until one succeeds, so `team status` can say so.
    static var fetchProblemFile: URL { TeamSettings.folder.appendingPathComponent("pack-fetch-problem.txt") }

    static func held() -> Held? {
        guard let data = FileManager.default.contents(atPath: metadataFile.path) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(Held.self, from: data)
    }

    /// Fetches the team's newest pack and holds it; says what happened. A version older than the one held,
    /// or one whose files do not load, is refused and the held one kept.
    static func fetch(_ address: TeamAddress) throws -> String {
        let pack = try TeamConnection.withConnection(address) { connection async throws(TeamError) in try await connection.newestPack() }
        guard let pack else { return "the team has published no rule pack yet" }
        if let held = held() {
            if pack.version < held.version {
                throw ProblemMessage(message: "the team's newest pack is version \(pack.version), older than version \(held.version) held here; "
                    + "keeping version \(held.version) (a coach can publish it again, as a newer version)")
            }
            if pack.version == held.version { return "the team's rule pack version \(pack.version) is up to date" }
        }
        let count = try install(pack)
        return "fetched the team's rule pack version \(pack.version): \(Count.of(count, "rule")), published by \(pack.publishedBy)"
    }

    /// At start-up, when a team is joined: the newest pack if the server answers quickly, else the one held.
    /// A failure does not stop the start; it is kept for `team status` until a fetch succeeds.
    static func refreshQuietly() {
        guard let settings = try? TeamSettings.load(), var address = try? settings.address() else { return }
        address.connectTimeout = min(address.connectTimeout, 2)
        address.answerTimeout = min(address.answerTimeout, 2)
        do {
            _ = try fetch(address)
            try? FileManager.default.removeItem(at: fetchProblemFile)
        } catch {
            try? PrivateFile.write("\(CallDate.text(Date())): \(error)", to: fetchProblemFile)
        }
    }

    /// When and why the last fetch at start-up failed, if it did and none has succeeded since.
    static func lastFetchProblem() -> String? {
        guard let data = FileManager.default.contents(atPath: fetchProblemFile.path) else { return nil }
        return ControlCharacters.printable(String(decoding: data, as: UTF8.self))
    }

    /// Writes the pack's files beside the held folder, checks they load, then swaps them in. Returns the rule count.
    private static func install(_ pack: TeamPack) throws -> Int {
        let fileManager = FileManager.default
        let staging = rulesFolder.deletingLastPathComponent().appendingPathComponent("rules.new-\(getpid())")
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? fileManager.removeItem(at: staging) }
        for file in pack.files {
            guard file.name.range(of: "^((vocabularies|normalising)/)?[A-Za-z0-9_-][A-Za-z0-9_.-]*\\.ya?ml$", options: .regularExpression) != nil else {
                throw ProblemMessage(message: "the team's pack version \(pack.version) has a file named '\(file.name)', which is not a rule file; kept the pack held")
            }
            let target = staging.appendingPathComponent(file.name)
            try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o700])
            try PrivateFile.write(file.text, to: target)
        }
        let loaded = RulePackLoader.load(directories: [staging])
        if let problem = loaded.diagnostics.first {
            throw ProblemMessage(message: "the team's pack version \(pack.version) does not load (\(problem)); kept the pack held")
        }
        let old = rulesFolder.deletingLastPathComponent().appendingPathComponent("rules.old-\(getpid())")
        if fileManager.fileExists(atPath: rulesFolder.path) { try fileManager.moveItem(at: rulesFolder, to: old) }
        try fileManager.moveItem(at: staging, to: rulesFolder)
        try? fileManager.removeItem(at: old)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let held = Held(version: pack.version, publishedBy: pack.publishedBy, publishedAt: pack.publishedAt, fetchedAt: Date())
        try PrivateFile.write(String(decoding: try encoder.encode(held), as: UTF8.self), to: metadataFile)
        return loaded.pack.rules.count
    }

    static func remove() {
        try? FileManager.default.removeItem(at: rulesFolder)
        try? FileManager.default.removeItem(at: metadataFile)
        try? FileManager.default.removeItem(at: fetchProblemFile)
    }
}
