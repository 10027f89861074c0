import CoachApp
import CoachCore
import CoachPacks
import CoachStore
import Foundation

/// A stored call as JSON or Markdown, for a CRM or another tool. The words of private notes are left out
/// unless asked for; the notes stay in their places, so every flag still sits where it was raised.
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
        /// The plan the call was made from, as its plan file reads.
        var plan: String?
        var privateNotesLeftOut: Bool
        var notes: [JSONNote]
        var flags: [StoredFlag]
    }

    struct JSONNote: Encodable {
        var position: Int
        var elapsed: Int?
        /// The note as a line of the notes format; nil for a private note left out.
        var line: String?
        var isPrivate: Bool

        enum CodingKeys: String, CodingKey { case position, elapsed, line, isPrivate = "private" }
    }

    static func json(_ call: StoredCall, includePrivate: Bool) throws -> String {
        let session = call.session
        let notes = call.notes.enumerated().map { position, note in
            let isPrivate = note.speaker == .observation
            return JSONNote(position: position, elapsed: note.elapsed, line: isPrivate && !includePrivate ? nil : NotesWriter.line(for: note),
                            isPrivate: isPrivate)
        }
        let value = JSONCall(id: session.id, kind: session.kind.rawValue, account: session.account, contact: session.contact,
                             startedAt: session.startedAt, endedAt: session.endedAt, elapsed: session.elapsed,
                             stage: session.stage.rawValue, plan: session.plan, privateNotesLeftOut: !includePrivate,
                             notes: notes, flags: flags(call, includePrivate: includePrivate))
        let encoder = JSONEncoder.readable()
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    static func markdown(_ call: StoredCall, includePrivate: Bool) -> String {
        let session = call.session
        let who = CallParties.text(account: session.account, contact: session.contact)
        var out = "# Call \(session.id ?? 0)\(who.isEmpty ? "" : ": \(who)")\n\n"
        out += "- When: \(CallDate.text(session.startedAt))\n"
        out += "- Duration: \(NotesWriter.formatElapsed(session.elapsed))\(session.isFinished ? "" : " (unfinished)")\n"
        out += "- Stage reached: \(session.stage)\n"
        let privateCount = call.notes.filter { $0.speaker == .observation }.count
        if privateCount > 0 {
            out += includePrivate ? "- \(Count.of(privateCount, "private note")) included, each marked *private*\n"
                                  : "- \(Count.of(privateCount, "private note")) left out (--include-private keeps them)\n"
        }
        if let plan = call.plan {
            out += "- Planned: \(Count.of(plan.objectives.count, "objective")), \(Count.of(plan.questions.count, "question"))\n"
        }
        out += "\n## Notes\n\n"
        let flagsByNote = Dictionary(grouping: flags(call, includePrivate: includePrivate), by: \.notePosition)
        for (position, note) in call.notes.enumerated() {
            switch (note.speaker == .observation, includePrivate) {
            case (true, true): out += "- *private:* `\(NotesWriter.line(for: note))`\n"
            case (true, false): out += "- *a private note, left out*\n"
            default: out += "- `\(NotesWriter.line(for: note))`\n"
            }
            // Strengths are left out; a flag under a barrier this version does not know is kept, and said to be.
            for flag in flagsByNote[position] ?? [] where RuleTarget(id: flag.target)?.isBarrier ?? true {
                let unknown = RuleTarget(id: flag.target) == nil ? " (unknown to this version)" : ""
                out += "  - ⚑ **\(flag.target)**\(unknown)\(flag.dismissed ? " (dismissed)" : ""): \(flag.message). \(flag.tip)\n"
            }
        }
        return out
    }

    /// The call's flags; a flag on a private note left out keeps its place but not the words that raised it.
    private static func flags(_ call: StoredCall, includePrivate: Bool) -> [StoredFlag] {
        call.flags.map { flag in
            var flag = flag
            if !includePrivate, call.notes.indices.contains(flag.notePosition), call.notes[flag.notePosition].speaker == .observation {
                flag.evidence = ""
            }
            return flag
        }
    }
}
