import CoachCore
import Foundation

/// Saves a running call into the store as it happens, holding the call lock for as long as it is kept.
public final class StoreJournal: CallJournal {
    public let store: CoachStore
    public let sessionID: Int64
    private let lock: CallLock

    public init(store: CoachStore, sessionID: Int64, holding lock: CallLock) {
        self.store = store
        self.sessionID = sessionID
        self.lock = lock
    }

    public func save(_ entry: JournalEntry) throws { try store.save(entry, session: sessionID) }

    public func apply(_ change: NoteChange, notes: [Note], flags: [Flag], elapsed: Int) throws {
        try store.applyNoteChange(change, notes: notes, flags: flags, session: sessionID, elapsed: elapsed)
    }

    public func floorPassed(to holder: TalkClock.Holder, elapsed: Int) throws {
        try store.recordFloorChange(session: sessionID, elapsed: elapsed, holder: holder.rawValue)
    }

    public func tick(item: String, ticked: Bool) throws { try store.setTick(session: sessionID, item: item, ticked: ticked) }

    public func saveProgress(elapsed: Int, stage: Stage) throws {
        try store.saveProgress(session: sessionID, elapsed: elapsed, stage: stage)
    }

    public func end(elapsed: Int) throws { try store.endSession(sessionID, at: Date(), elapsed: elapsed) }
}
