import CoachApp
import CoachCore
import CoachPacks
import CoachStore
import Foundation

/// A stored call as JSON or Markdown, for a CRM or another tool. The words of private notes are left out
/// unless asked for; the notes stay in their places, so every flag still sits where it was raised.
enum CallExport {
    /// The call in the one JSON shape (`CallJSON`): as the review shows it, with its number, kind and end.
    static func json(_ call: StoredCall, includePrivate: Bool) throws -> String {
        let review = includePrivate ? call.reviewWithPlan : call.reviewWithPlan.leavingOutPrivateNotes()
        var entry = CallJSON.Call(review: review)
        entry.id = call.session.id
        entry.kind = call.session.kind.rawValue
        entry.endedAt = call.session.endedAt
        return try CallJSON.render([entry])
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
        let flagsByNote = Dictionary(grouping: call.flags.filter(\.target.isBarrier), by: \.noteIndex)
        let unknownByNote = Dictionary(grouping: call.unknownFlags, by: \.noteIndex)
        for (position, note) in call.notes.enumerated() {
            switch (note.speaker == .observation, includePrivate) {
            case (true, true): out += "- *private:* `\(NotesWriter.line(for: note))`\n"
            case (true, false): out += "- *a private note, left out*\n"
            default: out += "- `\(NotesWriter.line(for: note))`\n"
            }
            for flag in flagsByNote[position] ?? [] {
                out += "  - ⚑ **\(flag.target.id)**\(flag.dismissed ? " (dismissed)" : ""): \(flag.message). \(flag.tip)\n"
            }
            // A flag under a barrier this version does not know is kept, and said to be.
            for flag in unknownByNote[position] ?? [] {
                out += "  - ⚑ **\(flag.target)** (unknown to this version): `\(flag.rule)`\n"
            }
        }
        return out
    }
}
