import CoachCore
import Foundation

/// Everything stored about one call, read back.
public struct StoredCall: Sendable {
    public var session: StoredSession
    public var notes: [Note]
    public var flags: [Flag]
    /// Flags stored under a barrier or strength this version does not know (a newer one's).
    public var unknownFlags: [UnknownFlag]
    public var ticks: [String: Bool]
    public var floorChanges: [(elapsed: Int, holder: String)]

    /// Who took the floor when, as the talk clock reads it; a holder this version does not know is left out.
    public var floor: [(elapsed: Int, holder: TalkClock.Holder)] {
        floorChanges.compactMap { change in TalkClock.Holder(rawValue: change.holder).map { (change.elapsed, $0) } }
    }

    public var document: NotesDocument {
        var frontMatter = FrontMatter()
        frontMatter["account"] = session.account
        frontMatter["contact"] = session.contact
        frontMatter["date"] = ISO8601DateFormatter().string(from: session.startedAt)
        frontMatter["scenario"] = session.scenario
        frontMatter["plan"] = session.plan
        return NotesDocument(frontMatter: frontMatter, notes: notes)
    }
}
