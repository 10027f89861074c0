/// The stage-by-stage checklist: items the rep ticks, some of which tick themselves from what happens.
public struct Checklist: Sendable, Equatable {
    /// What ticks an item by itself.
    public enum AutoTick: String, Sendable, CaseIterable {
        case openQuestion = "open-question"
        case summary
        case futureForward = "future-forward"
        case need
        case nextStep = "next-step"
        case listening
    }

    public struct Item: Sendable, Equatable, Identifiable {
        public var id: String
        public var text: String
        public var stage: Stage
        public var auto: AutoTick?

        public init(id: String, text: String, stage: Stage, auto: AutoTick? = nil) {
            self.id = id
            self.text = text
            self.stage = stage
            self.auto = auto
        }
    }

    public var items: [Item]

    public init(items: [Item]) { self.items = items }

    public func items(for stage: Stage) -> [Item] { items.filter { $0.stage == stage } }

    /// Items ticked by a note and the flags it raised.
    public func autoTicks(for note: Note, flags: [Flag], facts: CallFacts) -> [String] {
        var events: Set<AutoTick> = []
        switch note.body {
        case .need: events.insert(.need)
        case .nextStep: events.insert(.nextStep)
        default: break
        }
        for flag in flags {
            switch flag.target {
            case .strength(.openQuestion): events.insert(.openQuestion)
            case .strength(.summary): events.insert(.summary)
            case .strength(.futureForward): events.insert(.futureForward)
            case .strength(.listening): events.insert(.listening)
            default: break
            }
        }
        if facts.noteCount >= 6, let share = facts.talkShare, share < 50 { events.insert(.listening) }
        return items.filter { $0.auto.map(events.contains) ?? false }.map(\.id)
    }
}
