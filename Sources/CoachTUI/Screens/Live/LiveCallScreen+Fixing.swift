import CoachCore

/// Fixing a saved note on the live screen: ↑ on an empty line chooses one; it can be edited, deleted or
/// given to the other speaker, and the last fix undone. Every fix is saved (change, notes and flags in one
/// step) before the screen shows it, and the call's flags are read again from the notes as fixed.
extension LiveCallScreen {
    func handleChoosing(_ key: Key, index: Int) -> Reaction {
        guard let action = NoteAction.table.action(for: key) else { return .none }
        let notes = session.notes
        guard notes.indices.contains(index) else {
            mode = .typing
            return .redraw
        }
        problem = nil
        switch action {
        case .older: mode = .choosing(max(0, index - 1))
        case .newer: mode = index + 1 < notes.count ? .choosing(index + 1) : .typing
        case .pageOlder: mode = .choosing(max(0, index - 10))
        case .pageNewer: mode = .choosing(min(notes.count - 1, index + 10))
        case .edit:
            input = InputLine(TypedLine.editable(notes[index]))
            chosenSpeaker = notes[index].speaker
            mode = .editing(index)
        case .delete:
            if apply(.remove(at: index, note: notes[index])) {
                mode = session.notes.isEmpty ? .typing : .choosing(min(index, session.notes.count - 1))
            }
        case .speaker:
            guard case .said(let speaker, let text) = notes[index].body else {
                problem = "A command has no speaker; Enter edits it"
                return .redraw
            }
            var changed = notes[index]
            changed.body = .said(Self.next(after: speaker), text)
            apply(.replace(at: index, old: notes[index], new: changed))
        case .undo: return undo()
        case .help: return .push(HelpOverlay(over: self))
        case .back: mode = .typing
        }
        return .redraw
    }

    /// Enter while fixing: the typed text replaces the note's, by the speaker the label shows.
    func saveFix(_ index: Int, typed: String) -> Reaction {
        let old = session.notes[index]
        let fixedSpeaker = old.speaker == nil ? Speaker.observation : speaker
        switch TypedLine.note(typed, speaker: fixedSpeaker, elapsed: old.elapsed) {
        case .failure(let refusal):
            problem = refusal.message
            input.selectAll()
            return .redraw
        case .success(let new):
            if new == old || apply(.replace(at: index, old: old, new: new)) { finishFix() }
            return .redraw
        }
    }

    /// Esc while fixing: the note stays as it was.
    func cancelFix() -> Reaction {
        finishFix()
        return .redraw
    }

    private func finishFix() {
        input.clear()
        chosenSpeaker = nil
        mode = .typing
    }

    /// Takes back the last fix; says so when there is none.
    func undo() -> Reaction {
        guard let last = undoable.popLast() else {
            problem = "Nothing to undo: no note has been fixed"
            return .redraw
        }
        if !apply(last.inverse, remember: false) { undoable.append(last) }
        if case .choosing = mode, !session.notes.isEmpty {
            mode = .choosing(min(last.position, session.notes.count - 1))
        }
        return .redraw
    }

    /// Makes the change on the call and saves it; if saving fails, the call is put back as it was and the
    /// coach line says why. True when the change stands.
    @discardableResult
    func apply(_ change: NoteChange, remember: Bool = true) -> Bool {
        let (flags, ticks) = session.apply(change)
        do {
            try journal?.apply(change, notes: session.notes, flags: flags, elapsed: session.elapsed(at: now()))
        } catch {
            session.apply(change.inverse)
            problem = "Not saved, so the note is as it was: \(error)"
            return false
        }
        if remember { undoable.append(change) }
        for item in ticks { record { try $0.tick(item: item, ticked: true) } }
        return true
    }
}
