/// The review's measures in words, the same on the screen and in every report.
extension CallReview {
    public var whoText: String {
        let who = CallParties.text(account: account, contact: contact)
        return who.isEmpty ? "A call" : who
    }

    public var talkShareText: String {
        guard let talkShare else { return "not measured" }
        let rep = Int(talkShare.rounded())
        return "\(rep)% me / \(100 - rep)% them (by \(talkShareSource.rawValue))"
    }

    public var questionsText: String {
        let open = openShare.map { " (\(openQuestions) open, \(Int($0.rounded()))%)" } ?? ""
        return "\(questions)\(open)"
    }

    public var monologueText: String { "\(longestMonologue) words" }

    public var nextStepText: String { nextSteps.last ?? "none agreed" }

    public var durationText: String { NotesWriter.formatElapsed(duration) }

    /// The note's time in the call, `[01:30]`, or its line number in an untimed call.
    public func moment(ofNote index: Int) -> String {
        if let noteTimes { return "[\(NotesWriter.formatElapsed(noteTimes[index]))]" }
        return "#\(index + 1)"
    }

    /// A note as one line of a transcript: `me: ...`, `them: ...`, `private note: ...`, `/need ...`.
    public func line(ofNote index: Int) -> String {
        let note = notes[index]
        switch note.body {
        case .said(.observation, let text): return privateNotesLeftOut ? "private note (left out)" : "private note: \(text)"
        case .said(let speaker, let text): return "\(speaker.label): \(text)"
        case .stage(let stage): return "/stage \(stage.rawValue)"
        case .need(let text): return "/need \(text)"
        case .nextStep(let text): return "/next \(text)"
        case .mark(let text): return "/mark \(text)"
        }
    }
}
