/// Who held the floor from one moment of the call to another, in seconds since it started.
public struct FloorSegment: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var holder: TalkClock.Holder

    public init(start: Int, end: Int, holder: TalkClock.Holder) {
        self.start = start
        self.end = end
        self.holder = holder
    }

    public var length: Int { end - start }

    /// The floor as the rep passed it with Tab: the rep holds it from the start until the first change.
    static func from(changes: [(elapsed: Int, holder: TalkClock.Holder)], duration: Int) -> [FloorSegment] {
        var segments: [FloorSegment] = []
        var start = 0
        var holder = TalkClock.Holder.me
        for change in changes where change.holder != holder {
            if change.elapsed > start { segments.append(FloorSegment(start: start, end: change.elapsed, holder: holder)) }
            start = max(start, change.elapsed)
            holder = change.holder
        }
        if duration > start { segments.append(FloorSegment(start: start, end: duration, holder: holder)) }
        return segments
    }

    /// The floor estimated from timed notes: whoever spoke last holds it until the other side speaks.
    static func from(notes: [Note], duration: Int) -> [FloorSegment] {
        let changes: [(elapsed: Int, holder: TalkClock.Holder)] = notes.compactMap { note in
            guard let elapsed = note.elapsed else { return nil }
            switch note.speaker {
            case .me: return (elapsed, .me)
            case .customer: return (elapsed, .them)
            default: return nil
            }
        }
        guard let first = changes.first else { return [] }
        let segments = from(changes: changes, duration: duration)
        // Before anyone spoke, nobody held the floor.
        return segments.compactMap { segment in
            guard segment.end > first.elapsed else { return nil }
            var trimmed = segment
            trimmed.start = max(segment.start, first.elapsed)
            if segment.start < first.elapsed { trimmed.holder = first.holder }
            return trimmed
        }
    }
}
