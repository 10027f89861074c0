import CoachCore
import TestSupport
import Testing

/// The busiest labelled calls typed on the live screen at their own times: every barrier still shows
/// under its note, but the coach line nudges at most once in two minutes of call time.
@Suite struct LabelledCallNudgeTests {
    @Test(arguments: ["pitch-first", "e01-marketing-agency", "e16-home-builders"])
    func atMostOneNudgeInTwoMinutes(call: String) throws {
        let parsed = NotesParser.parse(try Fixtures.text("calls/\(call).notes"))
        let live = LiveHarness()
        var now = 0
        var nudges: [(time: Int, text: String)] = []
        for (note, line) in zip(parsed.document.notes, try Self.typedLines(call, parsed)) {
            if let elapsed = note.elapsed, elapsed > now {
                live.wait(Double(elapsed - now))
                now = elapsed
            }
            live.say(line)
            let coach = live.coach.trimmingCharacters(in: .whitespacesAndNewlines)
            if coach.hasPrefix("⚑"), coach != nudges.last?.text { nudges.append((now, coach)) }
        }
        let barriers = live.screen.session.flags.filter { $0.barrier != nil }.count
        #expect(barriers >= 5, "the call's barriers all show under their notes")
        #expect(!nudges.isEmpty, "strong evidence still reaches the coach line")
        #expect(nudges.count < barriers, "fewer nudges than flags: \(nudges.map(\.text))")
        for (earlier, later) in zip(nudges, nudges.dropFirst()) {
            #expect(later.time - earlier.time >= 120, "\(call): nudges at \(earlier.time) s and \(later.time) s")
        }
    }

    /// Each note as the rep would type it: with its prefix, or a slash command.
    private static func typedLines(_ call: String, _ parsed: NotesParser.Result) throws -> [String] {
        parsed.document.notes.map { note in
            switch note.body {
            case .said(.me, let text): "me: \(text)"
            case .said(.customer, let text): "c: \(text)"
            case .said(.observation, let text): "private: \(text)"
            case .stage(let stage): "/stage \(stage.rawValue)"
            case .need(let text): "/need \(text)"
            case .nextStep(let text): "/next \(text)"
            case .mark(let text): "/mark \(text)"
            }
        }
    }
}
