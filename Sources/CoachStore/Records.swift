import CoachCore
import Foundation
import GRDB

/// A stored call: a live call or a practice session.
public struct StoredSession: Encodable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case live, practice }

    public var id: Int64?
    public var kind: Kind
    public var account: String
    public var contact: String
    public var scenario: String?
    public var plan: String?
    public var startedAt: Date
    public var endedAt: Date?
    /// Seconds of call time so far (what the clock showed when last saved).
    public var elapsed: Int
    public var stage: Stage
    /// Notes stored, and barrier flags not dismissed: kept up to date by the store.
    public var noteCount = 0
    public var flagCount = 0

    public init(kind: Kind, account: String = "", contact: String = "", scenario: String? = nil, plan: String? = nil,
                startedAt: Date, endedAt: Date? = nil, elapsed: Int = 0, stage: Stage = .relationship) {
        self.kind = kind
        self.account = account
        self.contact = contact
        self.scenario = scenario
        self.plan = plan
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.elapsed = elapsed
        self.stage = stage
    }

    /// The columns `init(columnsIn:)` reads, in its order; every query that loads sessions selects these.
    static let columns = "id, kind, account, contact, scenario, plan, startedAt, endedAt, elapsed, stage, noteCount, flagCount"

    /// Read by position rather than through `Decodable`: the call list reads thousands of rows, and this one
    /// reader serves it and every other query.
    init(columnsIn row: Row) {
        id = row[0]
        kind = Kind(rawValue: row[1]) ?? .live
        // What SecondCall stores is free of control characters, but a file may come from elsewhere (or from
        // an older version, or a command line): what is read from it is made printable.
        account = ControlCharacters.printable(row[2])
        contact = ControlCharacters.printable(row[3])
        scenario = (row[4] as String?).map(ControlCharacters.printable)
        plan = row[5]
        startedAt = Date(timeIntervalSince1970: row[6])
        endedAt = (row[7] as Double?).map(Date.init(timeIntervalSince1970:))
        elapsed = row[8]
        stage = Stage(rawValue: row[9]) ?? .relationship
        noteCount = row[10]
        flagCount = row[11]
    }

    /// Adds the session to the database and returns its id. Dates are stored as seconds since 1970, the
    /// form `init(columnsIn:)` reads.
    func insert(_ db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO session (kind, account, contact, scenario, plan, startedAt, endedAt, elapsed, stage, noteCount, flagCount)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [kind.rawValue, account, contact, scenario, plan, startedAt.timeIntervalSince1970,
                             endedAt?.timeIntervalSince1970, elapsed, stage.rawValue, noteCount, flagCount])
        return db.lastInsertedRowID
    }

    public var isFinished: Bool { endedAt != nil }
}

struct NoteRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "note"

    var sessionId: Int64
    var position: Int
    var elapsed: Int?
    var kind: String
    var speaker: String?
    var text: String
    var stage: Stage

    init(sessionId: Int64, position: Int, note: Note, stage: Stage) {
        self.sessionId = sessionId
        self.position = position
        self.elapsed = note.elapsed
        self.stage = stage
        switch note.body {
        case .said(let speaker, let text): (kind, self.speaker, self.text) = ("said", speaker.rawValue, text)
        case .stage(let stage): (kind, speaker, text) = ("stage", nil, stage.rawValue)
        case .need(let text): (kind, speaker, self.text) = ("need", nil, text)
        case .nextStep(let text): (kind, speaker, self.text) = ("next", nil, text)
        case .mark(let text): (kind, speaker, self.text) = ("mark", nil, text)
        }
    }

    /// The note a row holds; nil for a kind this version does not know.
    static func note(elapsed: Int?, kind: String, speaker: String?, text: String) -> Note? {
        let text = ControlCharacters.printable(text)
        let body: NoteBody? = switch kind {
        case "said": speaker.flatMap(Speaker.init(rawValue:)).map { .said($0, text) }
        case "stage": Stage(rawValue: text).map(NoteBody.stage)
        case "need": .need(text)
        case "next": .nextStep(text)
        case "mark": .mark(text)
        default: nil
        }
        return body.map { Note(elapsed: elapsed, body: $0) }
    }
}

struct FloorChangeRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "floorChange"

    var sessionId: Int64
    var elapsed: Int
    var holder: String
}

struct ChecklistTickRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "checklistTick"

    var sessionId: Int64
    var item: String
    var ticked: Bool
}
