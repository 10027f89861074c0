import CoachCore
import Foundation

/// Saves a running call into the store as it happens.
public final class StoreJournal: CallJournal {
    public let store: CoachStore
    public let sessionID: Int64

    public init(store: CoachStore, sessionID: Int64) {
        self.store = store
        self.sessionID = sessionID
    }

    public func save(note: Note, position: Int, stage: Stage, elapsed: Int) throws {
        try store.appendNote(note, position: position, stage: stage, session: sessionID, elapsed: elapsed)
    }

    public func save(flags: [Flag]) throws { try store.saveFlags(flags, session: sessionID) }

    public func floorPassed(to holder: TalkClock.Holder, elapsed: Int) throws {
        try store.recordFloorChange(session: sessionID, elapsed: elapsed, holder: holder.rawValue)
    }

    public func tick(item: String, ticked: Bool) throws { try store.setTick(session: sessionID, item: item, ticked: ticked) }

    public func saveProgress(elapsed: Int, stage: Stage) throws {
        try store.saveProgress(session: sessionID, elapsed: elapsed, stage: stage)
    }

    public func end(elapsed: Int) throws { try store.endSession(sessionID, at: Date(), elapsed: elapsed) }
}
