import CoachCore
import CoachTUI

/// A live call's logic, for the screen that shows it: a typed line becomes a note, saved with its flags and
/// ticks as one before it shows; the floor, the clock, the checklist and the end of the call are saved as
/// they happen. A saved note can be fixed (`LiveCall+Fixing`).
public final class LiveCall: LiveCallModel {
    public let session: CallSession
    let journal: (any CallJournal)?
    private let clock: () -> Double
    public private(set) var isSaved = true
    /// The line whose save failed, with the call time it was typed at: saved again, it keeps that time.
    private var unsaved: (text: String, elapsed: Int)?
    /// The fixes made, the last first to undo.
    var undoable: [NoteChange] = []

    /// `journal` is nil for a call that is not kept (a benchmark's).
    public init(session: CallSession, journal: (any CallJournal)?, now: @escaping () -> Double) {
        self.session = session
        self.journal = journal
        clock = now
    }

    public func now() -> Double { clock() }

    private var elapsed: Int { session.elapsed(at: now()) }

    public func save(_ typed: String, by speaker: Speaker) -> CallOutcome {
        switch TypedLine.note(typed, speaker: speaker, elapsed: nil) {
        case .failure(let refusal):
            return .refused(refusal.message)
        case .success(var note):
            session.connect(at: now())
            note.elapsed = unsaved.flatMap { $0.text == typed ? $0.elapsed : nil } ?? elapsed
            let outcome = save(note)
            unsaved = isSaved ? nil : (typed, note.elapsed ?? 0)
            return outcome
        }
    }

    public func nextStage() -> CallOutcome {
        guard let next = session.stage.next else { return .nothing }
        session.connect(at: now())
        return save(Note(elapsed: elapsed, body: .stage(next)))
    }

    /// Adds the note to the call and saves it with its flags and ticks, as one; it shows only once saved.
    private func save(_ note: Note) -> CallOutcome {
        do {
            try session.transaction {
                let position = session.notes.count
                let (flags, ticks) = session.add(note)
                try journal?.save(JournalEntry(notes: [note], position: position, stage: session.stage, elapsed: note.elapsed ?? 0,
                                               flags: flags, ticks: ticks))
            }
        } catch {
            isSaved = false
            return .failed("Not saved: \(error). Your note is still below; Enter tries again.")
        }
        isSaved = true
        return .done
    }

    public func passFloor() -> CallOutcome {
        session.connect(at: now())
        session.clock.passFloor(at: now())
        return record { try $0.floorPassed(to: session.clock.holder, elapsed: elapsed) }
    }

    public func toggleClock() {
        if session.isConnected { session.clock.togglePause(at: now()) } else { session.connect(at: now()) }
    }

    public func setTicked(_ item: String, _ ticked: Bool) -> CallOutcome {
        session.setTicked(item, ticked)
        return record { try $0.tick(item: item, ticked: ticked) }
    }

    public func keepProgress(at elapsed: Int) -> CallOutcome {
        record { try $0.saveProgress(elapsed: elapsed, stage: session.stage) }
    }

    public func end() -> CallOutcome {
        let elapsed = elapsed
        let closing = session.finish()
        let closed = record { try $0.save(JournalEntry(notes: [], position: session.notes.count, stage: session.stage, elapsed: elapsed, flags: closing)) }
        do {
            try journal?.end(elapsed: elapsed)
        } catch {
            return .failed("Could not end the call: \(error)")
        }
        return closed
    }

    /// Saves something other than a note, already made on the call; a failure leaves the call marked not saved.
    func record(_ write: (any CallJournal) throws -> Void) -> CallOutcome {
        guard let journal else { return .done }
        do {
            try write(journal)
            return .done
        } catch {
            isSaved = false
            return .notSaved("Not saved: \(error)")
        }
    }
}
