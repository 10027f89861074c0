/// Who a note is about: what the rep said, what the customer said, or a private observation.
public enum Speaker: String, Sendable, CaseIterable, Codable {
    case me
    case customer
    case observation

    /// The short label the screens use.
    public var label: String {
        switch self {
        case .me: "me"
        case .customer: "them"
        case .observation: "note"
        }
    }
}

/// The three conversations of a sales call, in order.
public enum Stage: String, Sendable, CaseIterable, Codable, Comparable {
    case relationship
    case opportunity
    case commitment

    public var next: Stage? {
        switch self {
        case .relationship: .opportunity
        case .opportunity: .commitment
        case .commitment: nil
        }
    }

    private var order: Int { Stage.allCases.firstIndex(of: self)! }
    public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.order < rhs.order }
}

/// What one line of notes holds.
public enum NoteBody: Equatable, Sendable, Codable {
    case said(Speaker, String)
    case stage(Stage)
    case need(String)
    case nextStep(String)
    case mark(String)
}

/// One note of a call: an optional time since the call started and what happened.
public struct Note: Equatable, Sendable, Codable {
    /// Seconds since the call started, when known.
    public var elapsed: Int?
    public var body: NoteBody

    public init(elapsed: Int? = nil, body: NoteBody) {
        self.elapsed = elapsed
        self.body = body
    }

    public static func said(_ speaker: Speaker, _ text: String, at elapsed: Int? = nil) -> Note {
        Note(elapsed: elapsed, body: .said(speaker, text))
    }

    public var speaker: Speaker? {
        if case .said(let speaker, _) = body { return speaker }
        return nil
    }

    /// The words of the note: what was said, or a command's argument.
    public var text: String {
        switch body {
        case .said(_, let text), .need(let text), .nextStep(let text), .mark(let text): text
        case .stage(let stage): stage.rawValue
        }
    }

}
