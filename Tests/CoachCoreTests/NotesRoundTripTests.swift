import CoachCore
import CoachFuzz
import TestSupport
import Testing

@Suite struct NotesRoundTripTests {
    @Test func writingThenReadingGivesTheSameNotes() {
        var random = SeededGenerator(seed: 2026)
        for _ in 0..<2_000 {
            let document = RandomNotes.document(using: &random)
            let written = NotesWriter.write(document)
            let reread = NotesParser.parse(written)
            #expect(reread.diagnostics.isEmpty, "\(written)")
            #expect(reread.document.notes == document.notes, "\(written)")
            #expect(reread.document.frontMatter == document.frontMatter)
        }
    }

    @Test func observationsThatLookLikeSyntaxAreWrittenWithAPrefix() {
        let notes: [Note] = [
            .said(.observation, "#1 priority is cost"), .said(.observation, "/need is what she said"),
            .said(.observation, "[sic] odd"), .said(.observation, "me: no, them"), .said(.observation, "---"),
            // One character each, but the reader sees a '#' and a 'me:' first.
            .said(.observation, "#\u{301}1 priority"), .said(.observation, "Me:\u{301} or them"),
        ]
        let reread = NotesParser.parse(NotesWriter.write(NotesDocument(notes: notes)))
        #expect(reread.document.notes == notes)
    }

    @Test func stampsUseHoursFromTheFirstHour() {
        #expect(NotesWriter.formatElapsed(59) == "00:59")
        #expect(NotesWriter.formatElapsed(3599) == "59:59")
        #expect(NotesWriter.formatElapsed(3600) == "1:00:00")
    }
}
