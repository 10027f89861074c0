/// The one-line editor at the bottom of the call screens and in forms: UTF-8 text, a caret, word delete.
/// A line can be selected whole (a line the screen refused): the next character typed replaces it.
public struct InputLine: Equatable {
    public private(set) var characters: [Character] = [] {
        didSet { revision &+= 1 }
    }
    /// Counts changes to the text, so a screen can tell the line changed without comparing it whole.
    public private(set) var revision = 0
    public private(set) var caret = 0
    /// The whole line is selected: typing replaces it, deleting clears it, moving the caret keeps it.
    public private(set) var isSelected = false

    /// The most characters a line holds: a note is a few sentences, and a stray paste of a whole file must
    /// not freeze the screen or the call.
    public static let maximumLength = 10_000

    public init() {}

    /// A line holding `text`, the caret at its end.
    public init(_ text: String) {
        characters = Array(text.filter { !$0.isNewline }.prefix(Self.maximumLength))
        caret = characters.count
    }

    public static let fullMessage = "A line holds at most \(maximumLength.formatted()) characters; the rest of what was typed or pasted was not taken."

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Selects the whole line, so the next character typed starts it afresh.
    public mutating func selectAll() {
        isSelected = !characters.isEmpty
    }

    /// Inserts at the caret, replacing the line when it is selected; false (and nothing inserted) when the
    /// line is full.
    @discardableResult
    public mutating func insert(_ character: Character) -> Bool {
        if isSelected { clear() }
        guard characters.count < Self.maximumLength else { return false }
        characters.insert(character, at: caret)
        caret += 1
        return true
    }

    public mutating func backspace() {
        if isSelected { return clear() }
        guard caret > 0 else { return }
        caret -= 1
        characters.remove(at: caret)
    }

    public mutating func deleteForward() {
        if isSelected { return clear() }
        guard caret < characters.count else { return }
        characters.remove(at: caret)
    }

    /// Deletes the word before the caret (and the spaces after it), like Ctrl-W in a shell.
    public mutating func deleteWordBackward() {
        if isSelected { return clear() }
        var start = caret
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        characters.removeSubrange(start..<caret)
        caret = start
    }

    public mutating func moveLeft() { move(to: max(0, caret - 1)) }
    public mutating func moveRight() { move(to: min(characters.count, caret + 1)) }
    public mutating func moveHome() { move(to: 0) }
    public mutating func moveEnd() { move(to: characters.count) }

    private mutating func move(to position: Int) {
        caret = position
        isSelected = false
    }

    /// Empties the line (after a note was saved, or Ctrl-U).
    public mutating func clear() {
        characters = []
        caret = 0
        isSelected = false
    }

    /// The part that fits `width` columns, scrolled so the caret shows, and the caret's column in it. Where
    /// the line goes on past either side, that side shows `…` instead of a cut word.
    public func visible(width: Int) -> (text: String, caretColumn: Int) {
        guard width > 1 else { return ("", 0) }
        var start = caret
        var caretColumn = 0
        while start > 0, caretColumn + DisplayWidth.of(characters[start - 1]) < width {
            start -= 1
            caretColumn += DisplayWidth.of(characters[start])
        }
        var shown: [Character] = []
        var used = 0
        for character in characters[start...] {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width { break }
            shown.append(character)
            used += characterWidth
        }
        if start > 0, caretColumn > 0, let first = shown.first {
            shown[0] = "…"
            if DisplayWidth.of(first) == 2 { shown.insert(" ", at: 1) }
        }
        if start + shown.count < characters.count, let last = shown.last, used - DisplayWidth.of(last) > caretColumn {
            shown[shown.count - 1] = "…"
        }
        return (String(shown), caretColumn)
    }

    /// The line from its start, as a form shows a field that does not have the caret.
    public func visibleFromStart(width: Int) -> String {
        var atStart = self
        atStart.moveHome()
        return atStart.visible(width: width).text
    }
}
