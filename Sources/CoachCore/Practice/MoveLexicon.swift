/// Phrases that tell moves the rules engine does not flag: asking for a second call, walking away
/// politely, acknowledging a bad past. Shipped as data in `Resources/practice/moves.yaml`.
public struct MoveLexicon: Sendable {
    public var secondCall: [PhrasePattern]
    public var walkAway: [PhrasePattern]
    public var acknowledge: [PhrasePattern]

    public init(secondCall: [PhrasePattern], walkAway: [PhrasePattern], acknowledge: [PhrasePattern]) {
        self.secondCall = secondCall
        self.walkAway = walkAway
        self.acknowledge = acknowledge
    }
}
