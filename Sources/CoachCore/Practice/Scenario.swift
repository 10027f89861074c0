/// A scripted customer for practice: what the rep knows beforehand, who the customer is, what they need
/// (and what earns each need), how they answer each kind of move, how trust moves, and how it ends.
public struct Scenario: Sendable {
    public enum Difficulty: String, Sendable, CaseIterable, Comparable {
        case easy, medium, hard

        public static func < (lhs: Difficulty, rhs: Difficulty) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public struct Persona: Sendable {
        public var name: String
        public var role: String
        public var company: String
        public var style: String

        public init(name: String, role: String, company: String, style: String) {
            self.name = name
            self.role = role
            self.company = company
            self.style = style
        }
    }

    /// Something the customer needs, told only to a move that earns it, on its topic, once trust allows.
    public struct Need: Sendable {
        public var id: String
        /// What the need is, in a few words: the `/need` note and the debrief use it.
        public var summary: String
        public var topic: [PhrasePattern]
        public var revealedBy: Set<MoveKind>
        public var minimumTrust: Int
        public var reveal: String

        public init(id: String, summary: String, topic: [PhrasePattern], revealedBy: Set<MoveKind>, minimumTrust: Int, reveal: String) {
            self.id = id
            self.summary = summary
            self.topic = topic
            self.revealedBy = revealedBy
            self.minimumTrust = minimumTrust
            self.reveal = reveal
        }
    }

    /// A bad past the customer raises at a given turn; the rep's next line acknowledges it or steps over it.
    public struct History: Sendable {
        public var turn: Int
        public var line: String

        public init(turn: Int, line: String) {
            self.turn = turn
            self.line = line
        }
    }

    /// The win: a move (asking for the second call, or walking away politely) made with enough trust
    /// and the needs that matter found. Made too early, the customer says `tooEarly` instead.
    public struct Win: Sendable {
        public var move: MoveKind
        public var trust: Int
        public var needs: [String]
        public var line: String
        public var tooEarly: String

        public init(move: MoveKind, trust: Int, needs: [String], line: String, tooEarly: String) {
            self.move = move
            self.trust = trust
            self.needs = needs
            self.line = line
            self.tooEarly = tooEarly
        }
    }

    public var id: String
    public var title: String
    public var difficulty: Difficulty
    public var barriers: [Barrier]
    public var brief: String
    public var persona: Persona
    public var opening: String
    public var needs: [Need]
    public var responses: [MoveKind: [String]]
    public var trustStart: Int
    public var trustChanges: [MoveKind: Int]
    /// At or below this trust the customer ends the call.
    public var loseAt: Int
    public var lostLine: String
    public var history: History?
    public var win: Win
    public var turnLimit: Int
    public var turnLimitLine: String
    /// Where the scenario came from, for messages.
    public var file: String

    public init(id: String, title: String, difficulty: Difficulty, barriers: [Barrier], brief: String, persona: Persona,
                opening: String, needs: [Need], responses: [MoveKind: [String]], trustStart: Int, trustChanges: [MoveKind: Int],
                loseAt: Int, lostLine: String, history: History?, win: Win, turnLimit: Int, turnLimitLine: String, file: String = "") {
        self.id = id
        self.title = title
        self.difficulty = difficulty
        self.barriers = barriers
        self.brief = brief
        self.persona = persona
        self.opening = opening
        self.needs = needs
        self.responses = responses
        self.trustStart = trustStart
        self.trustChanges = trustChanges
        self.loseAt = loseAt
        self.lostLine = lostLine
        self.history = history
        self.win = win
        self.turnLimit = turnLimit
        self.turnLimitLine = turnLimitLine
        self.file = file
    }

    /// How much a move changes trust when the scenario does not say.
    public static let defaultTrustChanges: [MoveKind: Int] = [
        .openQuestion: 6, .closedQuestion: 0, .pitch: -12, .push: -15, .summary: 8, .futureForward: 8,
        .acknowledgeHistory: 12, .ignoreHistory: -15, .repeatQuestion: -8, .unprepared: -10, .secondCall: 0,
        .walkAway: 0, .statement: -2,
    ]
}
