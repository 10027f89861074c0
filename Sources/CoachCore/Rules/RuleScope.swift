/// Which notes a rule reads. The engine applies it for every kind.
public struct RuleScope: Sendable, Equatable, Codable {
    /// Which private notes a rule reads: the rep's self-reports (what the rep did or thought: "talked 4
    /// min about our roadmap"), the others (about the customer: "she went quiet"), or both. Notes of the
    /// rep and the customer are not private and are not affected.
    public enum SelfReports: String, Sendable, CaseIterable, Codable {
        /// Only private notes that are self-reports.
        case only
        /// Only private notes that are not self-reports.
        case excluded = "exclude"
        /// Every private note.
        case included = "include"
    }

    /// Whether a rule reads questions, statements or both (a pitch is telling, not asking). A note can hold
    /// both; phrase tests then look only in the sentences of the rule's form.
    public enum Form: String, Sendable, CaseIterable, Codable {
        case question
        case statement
        case any
    }

    /// Whose notes; empty for every note, commands (`/stage`, `/need`) included.
    public var speakers: Set<Speaker> { didSet { speakerBits = Self.bits(speakers) } }
    /// `speakers` as one bit each: asked for every rule on every note, so no hashing.
    private var speakerBits: UInt8 = 0
    /// Stages in which the rule applies; empty for all of them.
    public var stages: [Stage]
    public var selfReports: SelfReports
    /// Leaves out the rep's reply to a question the customer just asked about the rep's side: giving a price
    /// when asked for it is answering, not pushing.
    public var skipsAnswers: Bool
    public var form: Form

    public init(speakers: Set<Speaker> = [], stages: [Stage] = [], selfReports: SelfReports = .included, skipsAnswers: Bool = false,
                form: Form = .any) {
        self.speakers = speakers
        speakerBits = Self.bits(speakers)
        self.stages = stages
        self.selfReports = selfReports
        self.skipsAnswers = skipsAnswers
        self.form = form
    }

    /// The scope as plain values, as the engine tests it for every rule on every note.
    var test: Test { Test(speakerBits: speakerBits, stageBits: stages.reduce(0) { $0 | Self.bit($1) }, selfReports: selfReports,
                          skipsAnswers: skipsAnswers, form: form) }

    struct Test {
        /// One bit a speaker (`bit(_:)`), 0 for every note; the same for stages.
        let speakerBits: UInt8
        let stageBits: UInt8
        let selfReports: SelfReports
        let skipsAnswers: Bool
        let form: Form

        @inline(__always)
        func includes(speaker: Speaker?, reading: NoteReading, stage: Stage) -> Bool {
            if speakerBits != 0 {
                guard let speaker, speakerBits & RuleScope.bit(speaker) != 0 else { return false }
            }
            if speaker == .observation {
                switch selfReports {
                case .only: if !reading.isSelfReport { return false }
                case .excluded: if reading.isSelfReport { return false }
                case .included: break
                }
            }
            if skipsAnswers, reading.answersQuestion { return false }
            switch form {
            case .question: if !reading.isQuestion { return false }
            case .statement: if !reading.form.hasStatement { return false }
            case .any: break
            }
            return stageBits == 0 || stageBits & RuleScope.bit(stage) != 0
        }
    }

    private static func bit(_ stage: Stage) -> UInt8 {
        switch stage {
        case .relationship: 1
        case .opportunity: 2
        case .commitment: 4
        }
    }

    private static func bit(_ speaker: Speaker) -> UInt8 {
        switch speaker {
        case .me: 1
        case .customer: 2
        case .observation: 4
        }
    }

    private static func bits(_ speakers: Set<Speaker>) -> UInt8 { speakers.reduce(0) { $0 | bit($1) } }
}
