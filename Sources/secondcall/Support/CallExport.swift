import CoachCore
import CoachStore
import Foundation

/// A stored call as JSON or Markdown.
enum CallExport {
    struct JSONCall: Encodable {
        var id: Int64?
        var kind: String
        var account: String
        var contact: String
        var startedAt: Date
        var endedAt: Date?
        var elapsed: Int
        var stage: String
        var notes: [JSONNote]
        var flags: [StoredFlag]
    }

    struct JSONNote: Encodable {
        var position: Int
        var elapsed: Int?
        var line: String
    }

    static func json(_ call: StoredCall) throws -> String {
        let session = call.session
        let value = JSONCall(id: session.id, kind: session.kind.rawValue, account: session.account, contact: session.contact,
                             startedAt: session.startedAt, endedAt: session.endedAt, elapsed: session.elapsed,
                             stage: session.stage.rawValue,
                             notes: call.notes.enumerated().map { JSONNote(position: $0, elapsed: $1.elapsed, line: NotesWriter.line(for: $1)) },
                             flags: call.flags)
        let encoder = JSONEncoder.readable()
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    static func markdown(_ call: StoredCall) -> String {
        let session = call.session
        let who = CallParties.text(account: session.account, contact: session.contact)
        var out = "# Call \(session.id ?? 0)\(who.isEmpty ? "" : ": \(who)")\n\n"
        out += "- When: \(CallDate.text(session.startedAt))\n"
        out += "- Duration: \(NotesWriter.formatElapsed(session.elapsed))\(session.isFinished ? "" : " (unfinished)")\n"
        out += "- Stage reached: \(session.stage)\n\n## Notes\n\n"
        let flagsByNote = Dictionary(grouping: call.flags, by: \.notePosition)
        for (position, note) in call.notes.enumerated() {
            out += "- `\(NotesWriter.line(for: note))`\n"
            for flag in flagsByNote[position] ?? [] where Barrier(rawValue: flag.target) != nil {
                out += "  - ⚑ **\(flag.target)**\(flag.dismissed ? " (dismissed)" : ""): \(flag.message). \(flag.tip)\n"
            }
        }
        return out
    }
}
