import CoachApp
import CoachPacks
import CoachTeam
import Foundation

/// The team this rep joined, kept in the config folder (`team/connection.json`, 0600): the URL as given (a
/// password in it is never shown), the rep's name and whether notes are shared by default.
struct TeamSettings: Codable {
    var url: String
    var rep: String
    var shareNotes: Bool
    var joinedAt: Date

    static var folder: URL { ConfigFolder.url.appendingPathComponent("team") }
    static var file: URL { folder.appendingPathComponent("connection.json") }

    /// The settings, or nil when no team was joined; a damaged file is a problem with its path.
    static func load() throws -> TeamSettings? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        do {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            return try decoder.decode(TeamSettings.self, from: data)
        } catch {
            throw ProblemMessage(message: "\(file.path) cannot be read (\(error.localizedDescription)); 'secondcall team leave' removes it")
        }
    }

    /// The settings of the team joined, or a message saying how to join one.
    static func required() throws -> TeamSettings {
        guard let settings = try load() else {
            throw ProblemMessage(message: "no team joined; 'secondcall team join URL --rep NAME' joins one (see the README's team walkthrough)")
        }
        return settings
    }

    func save() throws {
        try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        try PrivateFile.write(String(decoding: try encoder.encode(self), as: UTF8.self), to: Self.file)
    }

    static func remove() throws {
        try? FileManager.default.removeItem(at: file)
    }

    func address() throws(TeamError) -> TeamAddress { try TeamAddress(url: url) }
}
