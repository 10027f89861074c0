import CoachCore
import Foundation
import PostgresNIO

/// A rule pack as the team publishes it: numbered versions, each the pack's files as they were.
public struct TeamPack: Sendable, Equatable {
    public struct File: Sendable, Equatable, Codable {
        public var name: String
        public var text: String

        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }
    }

    public var version: Int
    public var publishedAt: Date
    public var publishedBy: String
    public var files: [File]
}

extension TeamConnection {
    /// Stores a new version of the team's pack: the next number, or `version` when given and newer than
    /// every version published. Only a manager's role may.
    public func publish(_ files: [TeamPack.File], ruleCount: Int, version: Int? = nil) async throws(TeamError) -> Int {
        try await checkSchema()
        let json: String
        do {
            json = String(decoding: try JSONEncoder().encode(files), as: UTF8.self)
        } catch {
            throw TeamError.server(message: "cannot write the pack as JSON: \(error)")
        }
        do {
            return try await transaction { () async throws(TeamError) -> Int in
                let newest = try await newestVersion()
                if let version, version <= newest {
                    throw TeamError.server(message: "version \(version) is not newer than the team's version \(newest); "
                        + "leave --version out to publish \(newest + 1)")
                }
                let number = version ?? newest + 1
                try await run("INSERT INTO secondcall.pack (version, rule_count, files) VALUES (\(number), \(ruleCount), \(json)::jsonb)")
                return number
            }
        } catch .permissionDenied {
            throw TeamError.permissionDenied(user: address.user, what: "publish the team's pack: only a manager's role may")
        }
    }

    /// The newest pack published, if any.
    public func newestPack() async throws(TeamError) -> TeamPack? {
        try await checkSchema()
        guard let row = try await run("""
            SELECT version, published_at, published_by::text, files::text FROM secondcall.pack ORDER BY version DESC LIMIT 1
            """).first else { return nil }
        let text = try decode(row, 3, as: String.self)
        do {
            let files = try JSONDecoder().decode([TeamPack.File].self, from: Data(text.utf8))
            return TeamPack(version: try decode(row, 0), publishedAt: try decode(row, 1), publishedBy: try decode(row, 2), files: files)
        } catch {
            throw TeamError.server(message: "the team's pack cannot be read: \(error)")
        }
    }

    private func newestVersion() async throws(TeamError) -> Int {
        let row = try await run("SELECT coalesce(max(version), 0) FROM secondcall.pack").first
        return try row.map { row throws(TeamError) in try decode(row, 0, as: Int.self) } ?? 0
    }

    /// Each rule's flags and dismissals across the calls this login may read (the team's, for a manager),
    /// dismissed most often first: the coach's tuning list.
    public func ruleStats() async throws(TeamError) -> [RuleStat] {
        try await checkSchema()
        let rows = try await run("""
            SELECT rule, min(target), count(*), count(*) FILTER (WHERE dismissed), count(DISTINCT call_id) FROM secondcall.flag
            GROUP BY rule ORDER BY count(*) FILTER (WHERE dismissed) * 1.0 / count(*) DESC, count(*) DESC, rule
            """)
        return try rows.map { row throws(TeamError) in
            RuleStat(rule: try decode(row, 0), target: try decode(row, 1), flags: try decode(row, 2), dismissed: try decode(row, 3),
                     calls: try decode(row, 4))
        }
    }
}
