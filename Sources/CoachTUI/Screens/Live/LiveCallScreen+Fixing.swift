import CoachCore

/// Fixing a saved note on the live screen: ↑ on an empty line chooses one; it can be edited, deleted or
/// given to the other speaker, and the last fix undone. The call saves each fix before the screen shows it.
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
            let outcome = call.fix(.remove(at: index, note: notes[index]))
            say(outcome)
            if outcome.stands { mode = session.notes.isEmpty ? .typing : .choosing(min(index, session.notes.count - 1)) }
        case .speaker:
            guard case .said(let speaker, let text) = notes[index].body else {
                problem = "A command has no speaker; Enter edits it"
                return .redraw
            }
            var changed = notes[index]
            changed.body = .said(Self.next(after: speaker), text)
            say(call.fix(.replace(at: index, old: notes[index], new: changed)))
        case .undo: return undo()
        case .help: return .push(HelpOverlay(over: self))
        case .back: mode = .typing
        }
        return .redraw
    }

    /// Enter while fixing: the typed text replaces the note's, by the speaker the label shows.
    func saveFix(_ index: Int, typed: String) -> Reaction {
        let outcome = call.fixText(ofNote: index, typed: typed, by: speaker)
        if case .refused = outcome { input.selectAll() }
        say(outcome)
        if outcome.stands { finishFix() }
        return .redraw
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
        let (outcome, position) = call.undo()
        say(outcome)
        if case .choosing = mode, let position, !session.notes.isEmpty {
            mode = .choosing(min(position, session.notes.count - 1))
        }
        return .redraw
    }
}
