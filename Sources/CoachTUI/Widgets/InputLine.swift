/// The one-line editor at the bottom of the live screen: UTF-8 text, a caret, word delete and history.
public struct InputLine: Equatable {
    public private(set) var characters: [Character] = []
    public private(set) var caret = 0
    private var history: [String] = []
    private var historyIndex: Int?
    private var draft: [Character] = []

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

    /// Inserts at the caret; false (and nothing inserted) when the line is full.
    @discardableResult
    public mutating func insert(_ character: Character) -> Bool {
        guard characters.count < Self.maximumLength else { return false }
        characters.insert(character, at: caret)
        caret += 1
        historyIndex = nil
        return true
    }

    public mutating func backspace() {
        guard caret > 0 else { return }
        caret -= 1
        characters.remove(at: caret)
    }

    public mutating func deleteForward() {
        guard caret < characters.count else { return }
        characters.remove(at: caret)
    }

    /// Deletes the word before the caret (and the spaces after it), like Ctrl-W in a shell.
    public mutating func deleteWordBackward() {
        var start = caret
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        characters.removeSubrange(start..<caret)
        caret = start
    }

    public mutating func moveLeft() { caret = max(0, caret - 1) }
    public mutating func moveRight() { caret = min(characters.count, caret + 1) }
    public mutating func moveHome() { caret = 0 }
    public mutating func moveEnd() { caret = characters.count }

    public mutating func historyBack() {
        guard !history.isEmpty else { return }
        if historyIndex == nil { draft = characters }
        let index = max(0, (historyIndex ?? history.count) - 1)
        historyIndex = index
        set(Array(history[index]))
    }

    public mutating func historyForward() {
        guard let index = historyIndex else { return }
        if index + 1 < history.count {
            historyIndex = index + 1
            set(Array(history[index + 1]))
        } else {
            historyIndex = nil
            set(draft)
        }
    }

    /// Clears the line after a note was saved, remembering it for history.
    public mutating func commit() {
        if !characters.isEmpty { history.append(text) }
        historyIndex = nil
        set([])
    }

    private mutating func set(_ newCharacters: [Character]) {
        characters = newCharacters
        caret = characters.count
    }

    /// The part that fits `width` columns, scrolled so the caret shows, and the caret's column in it.
    public func visible(width: Int) -> (text: String, caretColumn: Int) {
        guard width > 1 else { return ("", 0) }
        var start = caret
        var caretColumn = 0
        while start > 0, caretColumn + DisplayWidth.of(characters[start - 1]) < width {
            start -= 1
            caretColumn += DisplayWidth.of(characters[start])
        }
        var shown = ""
        var used = 0
        for character in characters[start...] {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width { break }
            shown.append(character)
            used += characterWidth
        }
        return (shown, caretColumn)
    }
}
