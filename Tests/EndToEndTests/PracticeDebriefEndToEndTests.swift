import Foundation
import TestSupport
import Testing

/// Practice tells one story: the debrief names first, in plain words, what cost the most trust, and the
/// stored practice's review measures the call the screen showed.
@Suite(.serialized) struct PracticeDebriefEndToEndTests {
    private func practise(_ scenario: String, _ fixture: String, size: ScreenSize, data: TemporaryDirectory) throws -> TmuxSession {
        let session = try TmuxSession("\(BuiltProducts.secondcall) practice \(scenario) --data-dir \(data.url.path); echo \"exit=$?\"; sleep 60",
                                      columns: size.columns, rows: size.rows)
        #expect(try session.waitFor("Practice"))
        let lines = try Fixtures.text("practice/\(scenario).\(fixture).notes").split(separator: "\n").filter { $0.hasPrefix("me: ") }
        for (index, line) in lines.enumerated() {
            try session.type(String(line.dropFirst(4)))
            try session.send("Enter")
            // The turn is answered once the header counts it and the input row below the coach line is empty
            // again (a call that ends says so on the coach line), or once the call has ended.
            let answered = try session.waitUntil { screen in
                screen.contains("Enter: the debrief")
                    || (screen.contains("turn \(index + 1)/") && screen.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "me ▸" })
            }
            #expect(answered != nil, "turn \(index + 1) is answered")
            if answered?.contains("Enter: the debrief") != false { break }
        }
        return session
    }

    @Test(arguments: ScreenSize.both) func aLostCallNamesTheIgnoredHistoryFirst(size: ScreenSize) throws {
        let data = try TemporaryDirectory()
        let session = try practise("old-wounds", "lose", size: size, data: data)
        #expect(try session.waitFor("Enter: the debrief"))
        try session.send("Enter")
        // The hint bar is the debrief's last row: once it shows, the lines above it are drawn.
        let screen = try session.waitUntil { $0.contains("Debrief") && $0.contains("review the call") } ?? session.capture()
        let body = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(body.contains("cost the most trust: stepping over the bad experience they raised"))
        #expect(body.contains("Acknowledge what happened and ask what it cost them"))
        #expect(!body.contains("…,"), "no rule syntax in the missed lines")
        #expect(!body.contains("with trust at"))
        try session.send("Escape")
        #expect(try session.waitFor("exit=0"))
    }

    @Test(arguments: ScreenSize.both) func aWonCallsReviewShowsTheCallAsPlayed(size: ScreenSize) throws {
        let data = try TemporaryDirectory()
        let session = try practise("old-wounds", "win", size: size, data: data)
        #expect(try session.waitFor("You earned the second call"))
        try session.send("Enter")
        #expect(try session.waitFor("Debrief"))
        try session.send("r")
        let review = try session.waitUntil { screen in
            screen.contains("Review") && screen.contains("reached commitment") && screen.contains("next step: Could we set up")
        } ?? session.capture()
        #expect(review.contains("reached commitment"))
        #expect(review.contains("(by words)") || review.contains("(by wo…"))
        #expect(!review.contains("Talk share 0% me"), "the rep's words count: \(review)")
        #expect(review.contains("next step: Could we set up"))
        try session.send("q")
        #expect(try session.waitFor("exit=0"))
    }
}
