import Foundation

/// Spots objectives framed as something the rep wants or will tell ("get them to decide", "talk to them
/// about our new module") and offers a rewrite as something to learn, as a whole sentence.
///
/// An objective is read in steps. The words of a want or a plan to act are taken off its front ("I want
/// to", "figure out how to"); what is left starts with what the rep means to do. If that is learning
/// ("understand ...") it is fine, or, after a want, said as a need. Else the first frame whose phrase
/// starts what is left gives the rewrite; with none, a want still gets the fallback. Patterns and rewrites
/// are data (`Resources/objectives/default.yaml`).
public struct ObjectiveCoach: Sendable {
    /// One way an objective goes wrong and its rewrite. In `rewrite`, `{*}` stands for the words the
    /// phrase's `*`s matched (its last word when it has no `*`), `{rest}` for the words after the phrase
    /// (the frame does not fit when there are none) and `{rest?}` for the same, with a space before, when
    /// there are.
    public struct Frame: Sendable {
        public var id: String
        public var phrases: [PhrasePattern]
        public var rewrite: String
        public var why: String

        public init(id: String, phrases: [PhrasePattern], rewrite: String, why: String) {
            self.id = id
            self.phrases = phrases
            self.rewrite = rewrite
            self.why = why
        }
    }

    /// The words that open an objective: wants, and plain openings that say nothing of wanting ("I need
    /// to", "Goal:"). Both are taken off before what the rep means to do is read.
    public struct Leads: Sendable {
        public var wants: [PhrasePattern]
        public var plain: [PhrasePattern]

        public init(wants: [PhrasePattern], plain: [PhrasePattern]) {
            self.wants = wants
            self.plain = plain
        }
    }

    public struct Finding: Equatable, Sendable {
        public var patternID: String
        public var why: String
        public var rewrite: String
    }

    private let learning: [PhrasePattern]
    private let leads: Leads
    /// Words a `*` never stands for, so "book a * *" does not swallow "demo for".
    private let joins: Set<String>
    private let frames: [Frame]
    /// For a want no frame fits; `{rest}` is all that followed the want.
    private let fallback: Frame
    /// For a want of something already about learning: said as a need.
    private let wantToLearn: Frame

    public init(learning: [PhrasePattern], leads: Leads, joins: Set<String>, frames: [Frame], fallback: Frame, wantToLearn: Frame) {
        self.learning = learning
        self.leads = leads
        self.joins = joins
        self.frames = frames
        self.fallback = fallback
        self.wantToLearn = wantToLearn
    }

    /// The first frame the objective shows, with its rewrite; nil when it is already about learning, or
    /// shows nothing to rewrite.
    public func review(_ objective: String) -> Finding? {
        let tokens = Tokenizer.tokens(objective)
        let utf8 = Array(objective.utf8)
        var start = 0
        var wanted = false
        while let (end, isWant) = lead(tokens, at: start) {
            start = end
            wanted = wanted || isWant
        }
        guard start < tokens.count else { return nil }
        if learning.contains(where: { match($0, tokens, at: start) != nil }) {
            guard wanted else { return nil }
            return finding(wantToLearn, rest: text(utf8, from: tokens[start].range.lowerBound), captured: "")
        }
        for frame in frames {
            let matches = frame.phrases.compactMap { match($0, tokens, at: start) }
            guard let best = matches.max(by: { $0.end < $1.end }) else { continue }
            let rest = best.end < tokens.count ? text(utf8, from: tokens[best.end].range.lowerBound) : ""
            let (first, last) = best.captures.isEmpty ? (best.end - 1, best.end - 1) : (best.captures[0], best.captures[best.captures.count - 1])
            let captured = text(utf8, from: tokens[first].range.lowerBound, to: tokens[last].range.upperBound)
            if let found = finding(frame, rest: rest, captured: captured) { return found }
        }
        return wanted ? finding(fallback, rest: text(utf8, from: tokens[start].range.lowerBound), captured: "") : nil
    }

    private func lead(_ tokens: [Tokenizer.Token], at start: Int) -> (end: Int, isWant: Bool)? {
        for (phrases, isWant) in [(leads.wants, true), (leads.plain, false)] {
            if let end = phrases.compactMap({ match($0, tokens, at: start)?.end }).max() { return (end, isWant) }
        }
        return nil
    }

    /// The phrase matched at `start`: where it ends, and the tokens its `*`s stood for.
    private func match(_ phrase: PhrasePattern, _ tokens: [Tokenizer.Token], at start: Int) -> (end: Int, captures: [Int])? {
        guard start + phrase.pieces.count <= tokens.count else { return nil }
        var captures: [Int] = []
        for (offset, piece) in phrase.pieces.enumerated() {
            let word = tokens[start + offset].word
            switch piece {
            case .word(let expected): guard word == expected else { return nil }
            case .prefix(let stem): guard word.hasPrefix(stem) else { return nil }
            case .anyWord:
                guard !joins.contains(word) else { return nil }
                captures.append(start + offset)
            case .vocabulary:
                return nil
            }
        }
        return (start + phrase.pieces.count, captures)
    }

    private func finding(_ frame: Frame, rest: String, captured: String) -> Finding? {
        if frame.rewrite.contains("{rest}"), rest.isEmpty { return nil }
        var rewrite = frame.rewrite.replacingOccurrences(of: "{*}", with: captured)
            .replacingOccurrences(of: "{rest?}", with: rest.isEmpty ? "" : " " + rest)
            .replacingOccurrences(of: "{rest}", with: rest)
        if let last = rewrite.last, !".?!".contains(last) { rewrite += "." }
        return Finding(patternID: frame.id, why: frame.why, rewrite: rewrite)
    }

    /// The objective's own words from a byte offset, without the stop or spaces that end it.
    private func text(_ utf8: [UInt8], from start: Int, to end: Int? = nil) -> String {
        String(decoding: utf8[start..<(end ?? utf8.count)], as: UTF8.self)
            .trimmingCharacters(in: CharacterSet(charactersIn: " \t.!?,;:"))
    }
}
