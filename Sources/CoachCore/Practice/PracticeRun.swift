/// A practice call in progress: the rep's lines go through the rules engine like a live call's, each
/// is read as a move, trust moves with it, and the scripted customer answers. The same lines always
/// get the same answers.
public final class PracticeRun {
    public enum Outcome: String, Sendable {
        case win, lost, unfinished
    }

    /// One exchange: what the rep said, how it was read, what the customer said back.
    public struct Turn: Sendable {
        public var rep: String
        public var move: Move
        public var replies: [String]
        public var trust: Int
        public var revealed: String?
        /// Every flag the turn's notes raised, to be kept with the call.
        public var flags: [Flag]
    }

    public let scenario: Scenario
    public let session: CallSession
    private let classifier: MoveClassifier
    public private(set) var trust: Int
    public private(set) var turns: [Turn] = []
    public private(set) var revealed: [String] = []
    public private(set) var outcome: Outcome?
    private var historyRaised = false
    private var historyPending = false

    public init(scenario: Scenario, pack: RulePack, checklist: Checklist, lexicon: MoveLexicon) {
        self.scenario = scenario
        session = CallSession(pack: pack, checklist: checklist)
        classifier = MoveClassifier(lexicon: lexicon, needs: scenario.needs, vocabularies: pack.vocabularies, normaliser: pack.normaliser)
        trust = scenario.trustStart
        session.add(.said(.customer, scenario.opening, at: 0), nudging: false)
    }

    public var isOver: Bool { outcome != nil }

    /// Trust at the start and after every turn.
    public var trustHistory: [Int] { [scenario.trustStart] + turns.map(\.trust) }

    /// The rep says a line and the customer answers; nothing happens once the call has ended.
    @discardableResult
    public func say(_ text: String, elapsed: Int? = nil) -> Turn? {
        guard outcome == nil, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        let index = session.notes.count
        let raised = session.add(.said(.me, text, at: elapsed)).flags
        let move = classifier.classify(text, flags: raised.filter { $0.noteIndex == index }, historyPending: historyPending)
        historyPending = false
        change(trustBy: move.kind)
        var turn = Turn(rep: text, move: move, replies: [], trust: trust, revealed: nil, flags: raised)
        answer(move, text: text, into: &turn)
        if outcome == nil, turns.count + 1 >= scenario.turnLimit {
            outcome = .unfinished
            turn.replies.append(scenario.turnLimitLine)
        }
        turn.trust = trust
        for reply in turn.replies { turn.flags += session.add(.said(.customer, reply, at: elapsed), nudging: false).flags }
        if let need = turn.revealed.flatMap({ id in scenario.needs.first { $0.id == id } }) {
            turn.flags += record([.stage(.opportunity), .need(need.summary)], at: elapsed)
        }
        if outcome == .win, move.kind == .secondCall {
            turn.flags += record([.stage(.commitment), .nextStep(text)], at: elapsed)
        }
        turns.append(turn)
        return turn
    }

    /// Notes the call as the live screen would: a need found opens the opportunity conversation, and the
    /// second call agreed is the commitment, with the rep's words as the next step. A stage already
    /// reached is not noted again.
    private func record(_ bodies: [NoteBody], at elapsed: Int?) -> [Flag] {
        var flags: [Flag] = []
        for body in bodies {
            if case .stage(let stage) = body, session.stage >= stage { continue }
            flags += session.add(Note(elapsed: elapsed, body: body), nudging: false).flags
        }
        return flags
    }

    /// The rep says a line, and the turn is saved with `save` before anything of it shows: when saving throws,
    /// the call is as it was before the line and the error rethrown.
    @discardableResult
    public func say(_ text: String, elapsed: Int, saving save: (JournalEntry) throws -> Void) throws -> Turn? {
        let before = (trust, turns, revealed, outcome, historyRaised, historyPending)
        let position = session.notes.count
        do {
            return try session.transaction {
                guard let turn = say(text, elapsed: elapsed) else { return nil }
                try save(JournalEntry(notes: Array(session.notes[position...]), position: position, stage: session.stage,
                                      elapsed: elapsed, flags: turn.flags))
                return turn
            }
        } catch {
            (trust, turns, revealed, outcome, historyRaised, historyPending) = before
            throw error
        }
    }

    /// Ends a call the rep left before it ended by itself.
    public func stop() {
        if outcome == nil { outcome = .unfinished }
    }

    private func answer(_ move: Move, text: String, into turn: inout Turn) {
        let win = scenario.win
        if move.kind == win.move {
            if trust >= win.trust, win.needs.allSatisfy(revealed.contains) {
                outcome = .win
                turn.replies.append(win.line)
            } else {
                change(trustBy: .push)
                turn.replies.append(win.tooEarly)
                if trust <= scenario.loseAt { lose(&turn) }
            }
            return
        }
        if move.kind == .walkAway {
            outcome = .lost
            turn.replies.append(pick(.walkAway, text) ?? "Fair enough. Thanks for your time.")
            return
        }
        if trust <= scenario.loseAt { return lose(&turn) }
        if let need = scenario.needs.first(where: { need in
            move.topics.contains(need.id) && !revealed.contains(need.id) && need.revealedBy.contains(move.kind) && trust >= need.minimumTrust
        }) {
            revealed.append(need.id)
            turn.revealed = need.id
            turn.replies.append(need.reveal)
            return
        }
        if let history = scenario.history, !historyRaised, turns.count + 1 >= history.turn {
            historyRaised = true
            historyPending = true
            turn.replies.append(history.line)
            return
        }
        turn.replies.append(pick(move.kind, text) ?? pick(.statement, text) ?? "Go on.")
    }

    private func lose(_ turn: inout Turn) {
        outcome = .lost
        turn.replies.append(scenario.lostLine)
    }

    private func change(trustBy kind: MoveKind) {
        let change = scenario.trustChanges[kind] ?? Scenario.defaultTrustChanges[kind] ?? 0
        trust = min(100, max(0, trust + change))
    }

    /// One of the scenario's lines for the move, chosen by the words said and the turn: varied, yet
    /// the same every time for the same call.
    private func pick(_ kind: MoveKind, _ text: String) -> String? {
        guard let lines = scenario.responses[kind], !lines.isEmpty else { return nil }
        return lines[Int(WordHash.of("\(turns.count):\(text)") % UInt64(lines.count))]
    }
}
