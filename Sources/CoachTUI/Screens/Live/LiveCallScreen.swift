import CoachCore

/// What a rep runs beside a live call: notes typed as the call goes, flags under the notes that showed
/// them, one nudge at a time, the checklist, the gauges and the talk clock. A saved note can be chosen
/// and fixed (`LiveCallScreen+Fixing`). What happens to the call is the model's (`LiveCallModel`); the
/// screen keeps what is on it: the mode, the line being typed, the scroll, what the coach line says.
public final class LiveCallScreen: Screen {
    enum Mode: Equatable {
        case typing
        case ticking(Int)
        /// Choosing a saved note to fix: the note's index.
        case choosing(Int)
        /// Its text in the input line, being fixed.
        case editing(Int)
    }

    let call: any LiveCallModel
    private let account: String
    private let contact: String
    private let afterEnd: (CallSession) -> (any Screen)?
    var mode = Mode.typing
    var input = InputLine()
    /// Who the line being typed is by, when the rep chose it with S-Tab; else whoever holds the floor.
    var chosenSpeaker: Speaker?
    private var scrollBack = 0
    var problem: String?
    /// Said once on the coach line until the first note (the plan the call started from).
    private var notice: String?
    private var shownSecond = -1
    /// The clock as last read, by a key or a tick: what the screen shows the time as.
    private var moment: Double
    private var size = TerminalSize(columns: 80, rows: 24)
    let wrapCache = NotesPane.WrapCache()

    /// `afterEnd` is the screen that follows a call that ended (its review); nil to quit.
    public init(call: any LiveCallModel, account: String = "", contact: String = "", notice: String? = nil,
                afterEnd: @escaping (CallSession) -> (any Screen)?) {
        self.call = call
        self.account = account
        self.contact = contact
        self.notice = notice
        self.afterEnd = afterEnd
        moment = call.now()
    }

    public var session: CallSession { call.session }

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
        LiveHeader.draw(session, account: account, contact: contact, elapsed: session.elapsed(at: moment), now: moment, saved: call.isSaved,
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
        moment = call.now()
        let second = session.elapsed(at: moment)
        guard second != shownSecond else { return .none }
        shownSecond = second
        if second % 15 == 0 { say(call.keepProgress(at: second)) }
        return .redraw
    }

    // MARK: Keys

    public func handle(_ key: Key) -> Reaction {
        moment = call.now()
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
            say(call.passFloor())
            chosenSpeaker = nil
        case .cycleSpeaker: chosenSpeaker = Self.next(after: speaker)
        case .chooseNote:
            guard input.isEmpty, !session.notes.isEmpty else { return .none }
            mode = .choosing(session.notes.count - 1)
        case .help: return .push(HelpOverlay(over: self))
        case .endCall:
            return .push(ConfirmOverlay(over: self, question: "End the call now?") { [self] in endCall() })
        case .nextStage:
            let outcome = call.nextStage()
            guard outcome != .nothing else { return .none }
            shown(outcome)
        case .pauseClock: call.toggleClock()
        case .checklist:
            // A stage with nothing to tick has no ticking mode: the keys stay the typing keys.
            guard !session.checklistItems.isEmpty else { return .none }
            mode = .ticking(0)
        case .showNudge:
            guard let nudge = session.nudge(at: session.elapsed(at: moment)), session.notes.indices.contains(nudge.noteIndex) else { return .none }
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
            say(call.setTicked(item.id, !session.ticked.contains(item.id)))
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
        let outcome = call.save(typed, by: speaker)
        if case .refused = outcome { input.selectAll() }
        if outcome == .done {
            input.clear()
            chosenSpeaker = nil
        }
        shown(outcome)
        return .redraw
    }

    /// After a note was saved (or not): a saved note shows at the bottom, and the coach line's word on the
    /// line before it goes; else the coach line says why not.
    private func shown(_ outcome: CallOutcome) {
        problem = outcome.problem
        guard outcome == .done else { return }
        notice = nil
        scrollBack = 0
    }

    /// What the coach line says of a request that saves something other than a note: only a problem.
    func say(_ outcome: CallOutcome) {
        if let problem = outcome.problem { self.problem = problem }
    }

    private func endCall() -> Reaction {
        if case .failed(let reason) = call.end() {
            problem = reason
            return .pop
        }
        if let next = afterEnd(session) { return .closeAndReplace(next) }
        return .quit
    }
}
