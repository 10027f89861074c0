import CoachCore
import CoachPacks
import CoachTUI
import Foundation
import TestSupport
import Testing

/// 80x24 is the terminal everyone has. Every screen is drawn there with long, real-looking content, and
/// every word shown must be whole: a word cut short ends with `…`. A word counts as whole when the same
/// screen, drawn in a window big enough for everything, shows it too.
@Suite struct SmallWindowTests {
    /// Words only a small window shows, on purpose: "7 q, 5 open" in the live gauges, and the "more" of
    /// a list longer than the window.
    static let shortForms: Set<String> = ["q", "more"]

    /// The words shown, each with whether an ellipsis marks it as cut (right after it, or right before).
    static func words(_ text: String) -> [(word: String, cut: Bool)] {
        var result: [(String, Bool)] = []
        var current = ""
        var before: Character = " "
        var previous: Character = " "
        for character in text + " " {
            defer { previous = character }
            if character.isLetter || character.isNumber || (!current.isEmpty && (character == "'" || character == "-")) {
                if current.isEmpty { before = previous }
                current.append(character)
                continue
            }
            if !current.isEmpty {
                while current.last == "'" || current.last == "-" { current.removeLast() }
                result.append((current, character == "…" || before == "…"))
            }
            current = ""
        }
        return result
    }

    static func check(_ shot: ScreenCatalogue.Shot) {
        let small = shot.app.terminal as! VirtualTerminal
        #expect(small.size == TerminalSize(columns: 80, rows: 24))
        var large = Canvas(size: TerminalSize(columns: 400, rows: 150))
        shot.app.topScreen.render(into: &large)
        let whole = Set(words(large.text).map(\.word))
        shot.app.draw()
        let cut = words(small.screenText).filter { !$0.cut && !whole.contains($0.word) && !shortForms.contains($0.word) }.map(\.word)
        #expect(cut.isEmpty, "\(shot.name): words cut without …: \(cut)\n\(small.screenText)")
    }

    @Test func everyScreenAt80x24ShowsWholeWordsOrAnEllipsis() throws {
        for shot in try ScreenCatalogue.shots(.small) {
            Self.check(shot)
        }
    }
}
