import CoachCore
import CoachTUI

/// Fixing a saved note: each fix is saved (change, notes and flags in one step) before it shows, the call's
/// flags are read again from the notes as fixed, and the last fix can be undone.
extension LiveCall {
    public func fix(_ change: NoteChange) -> CallOutcome {
        fix(change, remember: true)
    }

    public func fixText(ofNote index: Int, typed: String, by speaker: Speaker) -> CallOutcome {
        let old = session.notes[index]
        let fixedSpeaker = old.speaker == nil ? Speaker.observation : speaker
        switch TypedLine.note(typed, speaker: fixedSpeaker, elapsed: old.elapsed) {
        case .failure(let refusal): return .refused(refusal.message)
        case .success(let new): return new == old ? .done : fix(.replace(at: index, old: old, new: new))
        }
    }

    public func undo() -> (outcome: CallOutcome, position: Int?) {
        guard let last = undoable.popLast() else { return (.failed("Nothing to undo: no note has been fixed"), nil) }
        let outcome = fix(last.inverse, remember: false)
        if !outcome.stands { undoable.append(last) }
        return (outcome, last.position)
    }

    /// Makes the change on the call and saves it; if saving fails, the call is put back as it was.
    private func fix(_ change: NoteChange, remember: Bool) -> CallOutcome {
        let (flags, ticks) = session.apply(change)
        do {
            try journal?.apply(change, notes: session.notes, flags: flags, elapsed: session.elapsed(at: now()))
        } catch {
            session.apply(change.inverse)
            return .failed("Not saved, so the note is as it was: \(error)")
        }
        if remember { undoable.append(change) }
        let unsaved = ticks.map { item in record { try $0.tick(item: item, ticked: true) } }.filter { $0 != .done }
        return unsaved.first ?? .done
    }
}
