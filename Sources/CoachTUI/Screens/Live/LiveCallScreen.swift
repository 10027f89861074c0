import CoachCore

/// What a rep runs beside a live call: notes typed as the call goes, flags under the notes that showed
/// them, one nudge at a time, the checklist, the gauges and the talk clock.
public final class LiveCallScreen: Screen {
    public let session: CallSession
    private let journal: (any CallJournal)?
    private let now: () -> Double
    private let account: String
    private let contact: String
    private let afterEnd: (CallSession) -> (any Screen)?
    private var input = InputLine()
    private var scrollBack = 0
    private var saved = true
    private var problem: String?
    private var checklistSelection: Int?
    private var shownSecond = -1
    private let wrapCache = NotesPane.WrapCache()

    public init(session: CallSession, journal: (any CallJournal)?, account: String = "", contact: String = "",
                now: @escaping () -> Double, afterEnd: @escaping (CallSession) -> (any Screen)?) {
        self.session = session
        self.journal = journal
        self.account = account
        self.contact = contact
        self.now = now
        self.afterEnd = afterEnd
    }

    public var minimumSize: TerminalSize { TerminalSize(columns: 70, rows: 18) }

    // MARK: Drawing

    public func render(into canvas: inout Canvas) {
        let size = canvas.size
        let moment = now()
        LiveHeader.draw(session, account: account, contact: contact, elapsed: session.elapsed(at: moment), now: moment,
                        saved: saved, into: &canvas)
        let paneTop = 2
        let paneHeight = size.rows - paneTop - 3
        let checklistWidth = size.columns >= 110 ? 34 : 26
        let notesWidth = size.columns - checklistWidth - 1
        NotesPane.draw(session, cache: wrapCache, into: &canvas, x: 0, y: paneTop, width: notesWidth, height: paneHeight,
                       scrollBack: scrollBack)
        ChecklistPane.draw(session, into: &canvas, x: notesWidth + 1, y: paneTop, width: checklistWidth, height: paneHeight,
                           selected: checklistSelection)
        drawCoachLine(into: &canvas, y: size.rows - 3)
        drawInput(into: &canvas, y: size.rows - 2)
        HintBar.draw(LiveAction.table.hints, into: &canvas, y: size.rows - 1)
    }

    private func drawCoachLine(into canvas: inout Canvas, y: Int) {
        let ticking = checklistSelection == nil ? nil : ("Ticking the checklist: ↑↓ move, Space ticks, Esc back to typing", Style.bold)
        CoachLine.draw(problem: problem, message: ticking, nudge: session.nudge, into: &canvas, y: y)
    }

    private func drawInput(into canvas: inout Canvas, y: Int) {
        let isRep = session.clock.holder == .me
        CoachLine.drawInput(input, label: isRep ? "me ▸ " : "them ▸ ", labelStyle: Style(color: isRep ? .cyan : .green, bold: true),
                            isTyping: checklistSelection == nil, into: &canvas, y: y)
    }

    public func tick() -> Reaction {
        let second = session.elapsed(at: now())
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
        if checklistSelection != nil { return handleChecklist(key) }
        if case .character(let character) = key {
            if character == "?", input.isEmpty { return .push(HelpOverlay(over: self, table: LiveAction.table)) }
            if !input.insert(character) { problem = InputLine.fullMessage }
            return .redraw
        }
        guard let action = LiveAction.table.action(for: key) else { return .none }
        switch action {
        case .save: return save()
        case .passFloor:
            session.clock.passFloor(at: now())
            record { try $0.floorPassed(to: session.clock.holder, elapsed: session.elapsed(at: now())) }
        case .pauseClock: session.clock.togglePause(at: now())
        case .nextStage:
            guard let next = session.stage.next else { return .none }
            return save(Note(elapsed: session.elapsed(at: now()), body: .stage(next)), clearsInput: false)
        case .checklist: checklistSelection = 0
        case .scrollUp: scrollBack += 10
        case .scrollDown: scrollBack = max(0, scrollBack - 10)
        case .dismiss:
            problem = nil
            session.dismissNudge()
        case .endCall:
            return .push(ConfirmOverlay(over: self, question: "End the call now?") { [self] in endCall() })
        case .help: return .push(HelpOverlay(over: self, table: LiveAction.table))
        case .quit:
            return .push(ConfirmOverlay(over: self, question: "Quit SecondCall? The call stays unfinished; you can resume it next time.") { .quit })
        case .edit(let edit): input.apply(edit)
        case .historyBack: input.historyBack()
        case .historyForward: input.historyForward()
        }
        return .redraw
    }

    private func handleChecklist(_ key: Key) -> Reaction {
        let items = session.checklistItems
        guard var selected = checklistSelection, !items.isEmpty else {
            checklistSelection = nil
            return .redraw
        }
        switch key {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(items.count - 1, selected + 1)
        case .character(" "), .enter:
            let item = items[selected]
            let isTicked = !session.ticked.contains(item.id)
            session.setTicked(item.id, isTicked)
            record { try $0.tick(item: item.id, ticked: isTicked) }
        case .escape, .function(4), .control("k"):
            checklistSelection = nil
            return .redraw
        default: return .none
        }
        checklistSelection = selected
        return .redraw
    }

    // MARK: Saving

    private func save() -> Reaction {
        let typed = input.text.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { return .none }
        let elapsed = session.elapsed(at: now())
        guard let note = note(from: typed, elapsed: elapsed) else { return .redraw }
        return save(note, clearsInput: true)
    }

    /// What the typed line says: a command, a line with a speaker prefix, or a line by whoever has the floor.
    private func note(from typed: String, elapsed: Int) -> Note? {
        if typed.hasPrefix("/") {
            let parsed = NotesParser.parse(typed)
            if let error = parsed.diagnostics.first {
                problem = error.message
                return nil
            }
            return parsed.document.notes.first.map { Note(elapsed: elapsed, body: $0.body) }
        }
        if let (speaker, text) = SpeakerPrefix.split(typed) { return .said(speaker, text, at: elapsed) }
        return .said(session.clock.holder == .me ? .me : .customer, typed, at: elapsed)
    }

    private func save(_ note: Note, clearsInput: Bool) -> Reaction {
        let stageAfter = if case .stage(let stage) = note.body { stage } else { session.stage }
        do {
            try journal?.save(note: note, position: session.notes.count, stage: stageAfter, elapsed: note.elapsed ?? 0)
        } catch {
            saved = false
            problem = "Not saved: \(error). Your note is still below; Enter tries again."
            return .redraw
        }
        saved = true
        problem = nil
        if clearsInput { input.commit() }
        scrollBack = 0
        let (flags, ticks) = session.add(note)
        record { try $0.save(flags: flags) }
        for item in ticks { record { try $0.tick(item: item, ticked: true) } }
        return .redraw
    }

    /// Saves something other than a note; a failure shows on the coach line and the saved mark.
    private func record(_ write: (any CallJournal) throws -> Void) {
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
