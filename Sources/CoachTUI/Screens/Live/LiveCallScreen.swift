import CoachCore

/// What a rep runs beside a live call: notes typed as the call goes, flags under the notes that showed
/// them, one nudge at a time, the checklist, the gauges and the talk clock. A saved note can be chosen
/// and fixed (`LiveCallScreen+Fixing`).
public final class LiveCallScreen: Screen {
    enum Mode: Equatable {
        case typing
        case ticking(Int)
        /// Choosing a saved note to fix: the note's index.
        case choosing(Int)
        /// Its text in the input line, being fixed.
        case editing(Int)
    }

    public let session: CallSession
    let journal: (any CallJournal)?
    let now: () -> Double
    private let account: String
    private let contact: String
    private let afterEnd: (CallSession) -> (any Screen)?
    var mode = Mode.typing
    var input = InputLine()
    /// Who the line being typed is by, when the rep chose it with S-Tab; else whoever holds the floor.
    var chosenSpeaker: Speaker?
    var undoable: [NoteChange] = []
    private var scrollBack = 0
    private var saved = true
    /// The line whose save failed, with the call time it was typed at: Enter on it again keeps that time.
    private var unsaved: (text: String, elapsed: Int)?
    var problem: String?
    /// Said once on the coach line until the first note (the plan the call started from).
    private var notice: String?
    private var shownSecond = -1
    /// The clock as last read, by a key or a tick: what the screen shows the time as.
    private var moment: Double
    private var size = TerminalSize(columns: 80, rows: 24)
    let wrapCache = NotesPane.WrapCache()

    public init(session: CallSession, journal: (any CallJournal)?, account: String = "", contact: String = "", notice: String? = nil,
                now: @escaping () -> Double, afterEnd: @escaping (CallSession) -> (any Screen)?) {
        self.session = session
        self.journal = journal
        self.account = account
        self.contact = contact
        self.notice = notice
        self.now = now
        self.afterEnd = afterEnd
        moment = now()
    }

    public var minimumSize: TerminalSize { TerminalSize(columns: 70, rows: 18) }

    public var keyTable: any KeyTableListing {
        switch mode {
        case .typing: LiveAction.table
        case .editing: LiveAction.fixingText
        case .choosing: NoteAction.table
        case .ticking: ChecklistAction.table
        }
    }

    /// Who the line being typed (or fixed) is by.
    var speaker: Speaker { chosenSpeaker ?? (session.clock.holder == .me ? .me : .customer) }

    // MARK: Drawing

    public func render(into canvas: inout Canvas) {
        LiveHeader.draw(session, account: account, contact: contact, elapsed: session.elapsed(at: moment), now: moment, saved: saved,
                        into: &canvas)
        let layout = layout(canvas.size)
        let position: NotesPane.Position = switch mode {
        case .choosing(let index), .editing(let index): .note(index)
        default: .back(scrollBack)
        }
        let ticking = if case .ticking(let selected) = mode { selected } else { nil as Int? }
        layout.draw(session, cache: wrapCache, position: position, hints: keyTable.hints, into: &canvas) { canvas, x, y, width, height in
            ChecklistPane.draw(session, into: &canvas, x: x, y: y, width: width, height: height, selected: ticking)
        }
        drawInput(into: &canvas, y: layout.inputRow)
    }

    private func layout(_ size: TerminalSize) -> CallScreenLayout {
        CallScreenLayout(size: size, coach: CoachLine.runs(problem: problem, message: message, nudge: session.nudge(at: session.elapsed(at: moment))))
    }

    /// The screen's own word on the coach line: the mode it is in, or the state of the call.
    private var message: (text: String, style: Style)? {
        switch mode {
        case .ticking: return ("Ticking the checklist: ↑↓ move, Space ticks, Esc back to typing", .bold)
        case .choosing: return ("Choose the note to fix: ↑↓, then Enter to edit it, d to delete, s for who said it, u to undo", .bold)
        case .editing(let index):
            return ("Fixing " + NotesPane.oneLine(session.notes[index]) + "  (Enter saves the fix, Esc cancels)", .bold)
        case .typing: break
        }
        if let notice { return (notice, Style(color: .green)) }
        if !session.isConnected, session.notes.isEmpty {
            return ("Waiting for the call: the clock starts with the first note, Tab, or F2 when it connects", .dim)
        }
        return nil
    }

    private func drawInput(into canvas: inout Canvas, y: Int) {
        let label = speaker.label + " ▸ "
        let style = switch speaker {
        case .me: Style(color: .cyan, bold: true)
        case .customer: Style(color: .green, bold: true)
        case .observation: Style(color: .yellow, bold: true)
        }
        let isFixing = if case .editing = mode { true } else { false }
        let x = isFixing ? canvas.write("fix ", x: 0, y: y, style: .reverse) : 0
        CoachLine.drawInput(input, label: label, labelStyle: style, isTyping: mode == .typing || isFixing, into: &canvas, x: x, y: y)
    }

    public func resize(to size: TerminalSize) { self.size = size }

    public func tick() -> Reaction {
        moment = now()
        let second = session.elapsed(at: moment)
        guard second != shownSecond else { return .none }
        shownSecond = second
        if second % 15 == 0 {
            // Keeps the stored clock close, so a resumed call starts where this one was, notes or not.
            record { try $0.saveProgress(elapsed: second, stage: session.stage) }
        }
        return .redraw
    }

    // MARK: Keys

    public func handle(_ key: Key) -> Reaction {
        moment = now()
        if case .ticking(let selected) = mode { return handleChecklist(key, selected: selected) }
        if case .choosing(let index) = mode { return handleChoosing(key, index: index) }
        let (revisionBefore, problemBefore) = (input.revision, problem)
        let reaction = handleTyping(key)
        // A line the rep changes is a new attempt: the word about the last one goes.
        if input.revision != revisionBefore, problem == problemBefore { problem = nil }
        return reaction
    }

    /// Typing a note, or fixing a saved one's text.
    private func handleTyping(_ key: Key) -> Reaction {
        let table = if case .editing = mode { LiveAction.fixingText } else { LiveAction.table }
        guard let action = table.action(for: key, lineIsEmpty: input.isEmpty) else {
            guard case .character(let character) = key else { return .none }
            if !input.insert(character) { problem = InputLine.fullMessage }
            return .redraw
        }
        switch action {
        case .save: return save()
        case .saveFix:
            let typed = input.text.trimmingCharacters(in: .whitespaces)
            guard case .editing(let index) = mode, !typed.isEmpty else { return .none }
            return saveFix(index, typed: typed)
        case .cancelFix: return cancelFix()
        case .passFloor:
            session.connect(at: now())
            session.clock.passFloor(at: now())
            chosenSpeaker = nil
            record { try $0.floorPassed(to: session.clock.holder, elapsed: session.elapsed(at: now())) }
        case .cycleSpeaker: chosenSpeaker = Self.next(after: speaker)
        case .chooseNote:
            guard input.isEmpty, !session.notes.isEmpty else { return .none }
            mode = .choosing(session.notes.count - 1)
        case .help: return .push(HelpOverlay(over: self))
        case .endCall:
            return .push(ConfirmOverlay(over: self, question: "End the call now?") { [self] in endCall() })
        case .nextStage:
            guard let next = session.stage.next else { return .none }
            session.connect(at: now())
            return save(Note(elapsed: session.elapsed(at: now()), body: .stage(next)), clearsInput: false)
        case .pauseClock:
            if session.isConnected { session.clock.togglePause(at: now()) } else { session.connect(at: now()) }
        case .checklist: mode = .ticking(0)
        case .showNudge:
            guard let nudge = session.nudge(at: session.elapsed(at: now())), session.notes.indices.contains(nudge.noteIndex) else { return .none }
            return .push(NudgeOverlay(over: self, flag: nudge, noteLine: NotesPane.oneLine(session.notes[nudge.noteIndex])))
        case .scrollUp: scrollBack = layout(size).scrolled(scrollBack, pages: 1, session, cache: wrapCache)
        case .scrollDown: scrollBack = layout(size).scrolled(scrollBack, pages: -1, session, cache: wrapCache)
        case .dismiss:
            problem = nil
            notice = nil
            session.dismissNudge()
        case .quit:
            return .push(ConfirmOverlay(over: self, question: "Quit SecondCall? The call stays unfinished; you can resume it next time.") { .quit })
        case .edit(let edit): input.apply(edit)
        }
        return .redraw
    }

    /// me → them → a private note → me: the label S-Tab moves the line being typed to.
    static func next(after speaker: Speaker) -> Speaker {
        switch speaker {
        case .me: .customer
        case .customer: .observation
        case .observation: .me
        }
    }

    private func handleChecklist(_ key: Key, selected: Int) -> Reaction {
        let items = session.checklistItems
        guard !items.isEmpty else {
            mode = .typing
            return .redraw
        }
        var selected = selected
        switch ChecklistAction.table.action(for: key) {
        case .previous: selected = max(0, selected - 1)
        case .next: selected = min(items.count - 1, selected + 1)
        case .tick:
            let item = items[selected]
            let isTicked = !session.ticked.contains(item.id)
            session.setTicked(item.id, isTicked)
            record { try $0.tick(item: item.id, ticked: isTicked) }
        case .back:
            mode = .typing
            return .redraw
        case .help: return .push(HelpOverlay(over: self))
        case nil: return .none
        }
        mode = .ticking(selected)
        return .redraw
    }

    // MARK: Saving

    private func save() -> Reaction {
        let typed = input.text.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { return .none }
        if typed.lowercased() == "/undo" {
            input.clear()
            return undo()
        }
        switch TypedLine.note(typed, speaker: speaker, elapsed: nil) {
        case .failure(let refusal):
            problem = refusal.message
            input.selectAll()
            return .redraw
        case .success(var note):
            session.connect(at: now())
            note.elapsed = unsaved.flatMap { $0.text == typed ? $0.elapsed : nil } ?? session.elapsed(at: now())
            let reaction = save(note, clearsInput: true)
            unsaved = saved ? nil : (typed, note.elapsed ?? 0)
            return reaction
        }
    }

    /// Adds the note to the call and saves it with its flags and ticks, as one; shown only once saved.
    private func save(_ note: Note, clearsInput: Bool) -> Reaction {
        do {
            try session.transaction {
                let position = session.notes.count
                let (flags, ticks) = session.add(note)
                try journal?.save(JournalEntry(notes: [note], position: position, stage: session.stage, elapsed: note.elapsed ?? 0,
                                               flags: flags, ticks: ticks))
            }
        } catch {
            saved = false
            problem = "Not saved: \(error). Your note is still below; Enter tries again."
            return .redraw
        }
        saved = true
        problem = nil
        notice = nil
        if clearsInput {
            input.clear()
            chosenSpeaker = nil
        }
        scrollBack = 0
        return .redraw
    }

    /// Saves something other than a note; a failure shows on the coach line and the saved mark.
    func record(_ write: (any CallJournal) throws -> Void) {
        guard let journal else { return }
        do {
            try write(journal)
        } catch {
            saved = false
            problem = "Not saved: \(error)"
        }
    }

    private func endCall() -> Reaction {
        let elapsed = session.elapsed(at: now())
        let closing = session.finish()
        record { try $0.save(JournalEntry(notes: [], position: session.notes.count, stage: session.stage, elapsed: elapsed, flags: closing)) }
        do {
            try journal?.end(elapsed: elapsed)
        } catch {
            problem = "Could not end the call: \(error)"
            return .pop
        }
        if let next = afterEnd(session) { return .closeAndReplace(next) }
        return .quit
    }
}
