import CoachCore
import CoachPacks
import Foundation
import TestSupport
import Testing

/// `check` reads a file line by line and hands each flag on as soon as no later note can flag before it:
/// what it prints must be what the whole file read at once gives, in file order.
@Suite struct FileCheckTests {
    static let pack = DefaultPackTests.loaded.pack

    @Test func everyCorpusCallGivesTheFlagsOfTheWholeFileInFileOrder() throws {
        for name in try Fixtures.corpusCallNames() {
            let text = try Fixtures.text("\(name).notes")
            #expect(streamed(text, path: name).map(Self.summary) == wholeFile(text), "\(name)")
        }
    }

    /// The corpus as one long call, past the points where the check lets go of notes and hands flags on.
    @Test func aLongCallGivesTheSameFlagsAsReadWhole() throws {
        let notes = try Fixtures.corpusCallNames().flatMap { name in
            try Fixtures.text("\(name).notes").split(separator: "\n").filter { !$0.hasPrefix("---") && !$0.contains(": ") || $0.contains("] ") || $0.hasPrefix("me:") || $0.hasPrefix("c:") }
        }
        let text = Array(repeating: notes.joined(separator: "\n"), count: 3).joined(separator: "\n") + "\n"
        let streamedFlags = streamed(text, path: "long.notes")
        #expect(streamedFlags.count > 100)
        #expect(streamedFlags.map(Self.summary) == wholeFile(text))
    }

    @Test func aColumnCountsCharactersNotBytes() {
        let flags = streamed("[00:01] me: Ça va? Let me tell you a bit about us.\n", path: "-")
        let pitch = flags.first { $0.barrier == .pitching }
        #expect(pitch?.location?.line == 1)
        #expect(pitch?.location?.column == 20, "'Let me tell you' starts at the 20th character (the 21st byte: Ç takes two)")
    }

    static func summary(_ flag: Flag) -> String {
        "\(flag.location!.line):\(flag.location!.column) \(flag.target.id)/\(flag.rule) \(flag.severity) \(flag.evidenceStrength) \(flag.evidence)"
    }

    private func streamed(_ text: String, path: String) -> [Flag] {
        var flags: [Flag] = []
        let check = FileCheck(pack: Self.pack, plan: { _, _ in nil }, emit: { flags.append($0) })
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            NotesReader.forEachLine(in: bytes) { _ = check.read(line: $0) }
        }
        _ = check.finish()
        return flags
    }

    /// The reference: the whole file parsed, every flag raised, placed by finding the note's text in its
    /// line, and sorted by place (flags at one place in the order raised).
    private func wholeFile(_ text: String) -> [String] {
        let parsed = NotesParser.parse(text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let flags = RuleEngine.flags(for: parsed.document.notes, pack: Self.pack)
        return flags.compactMap { flag -> (line: Int, column: Int, summary: String)? in
            guard let barrier = flag.barrier else { return nil }
            let line = parsed.document.lines[flag.noteIndex]
            let noteText = parsed.document.notes[flag.noteIndex].text
            let lineText = lines[line - 1]
            let start = lineText.range(of: noteText)!.lowerBound
            var column = lineText.unicodeScalars.distance(from: lineText.startIndex, to: start) + 1
            if let span = flag.span { column += String(decoding: Array(noteText.utf8)[..<span.lowerBound], as: UTF8.self).unicodeScalars.count }
            return (line, column, "\(line):\(column) \(barrier.rawValue)/\(flag.rule) \(flag.severity) \(flag.evidenceStrength) \(flag.evidence)")
        }.enumerated().sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
            .map(\.element.summary)
    }
}
