import CoachCore

/// Colours the screens use; the terminal maps them to its own.
public enum Color: Int, Sendable, CaseIterable {
    case red = 1, green, yellow, blue, magenta, cyan, white

    /// The colour Core names (a barrier's).
    public init(_ named: NamedColour) {
        self = switch named {
        case .red: .red
        case .yellow: .yellow
        case .magenta: .magenta
        case .blue: .blue
        }
    }
}

public struct Style: Equatable, Hashable, Sendable {
    public var color: Color?
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    public init(color: Color? = nil, bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.color = color
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let reverse = Style(reverse: true)
    public static let dim = Style(dim: true)
}

/// One terminal cell. A wide character fills its first cell; the cell after it holds `continuation`.
public struct Cell: Equatable, Sendable {
    public var grapheme: Character?
    public var style: Style

    public static let blank = Cell(grapheme: " ", style: .plain)
    static let continuation = Cell(grapheme: nil, style: .plain)

    public var isContinuation: Bool { grapheme == nil }
}

public struct Point: Equatable, Sendable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// A frame being drawn: a grid of cells that a terminal presents.
public struct Canvas: Equatable, Sendable {
    public let size: TerminalSize
    public private(set) var cells: [Cell]
    /// Where the terminal cursor goes after drawing (the input line's caret), or nil to hide it.
    public var cursor: Point?

    public init(size: TerminalSize) {
        self.size = size
        cells = Array(repeating: .blank, count: max(0, size.columns) * max(0, size.rows))
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.columns + x]
    }

    /// Writes text from (x, y) within `limit` columns (the canvas edge by default), never splitting a wide
    /// character. Text that does not fit ends with `…` in its last column, so a cut never passes for a
    /// whole word. Returns the columns used.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < size.rows, x >= 0, x < size.columns else { return 0 }
        let end = min(size.columns, x + (limit ?? size.columns))
        guard end > x else { return 0 }
        var column = x
        var lastStart = x
        for character in text {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if column + width > end {
                // No room for the rest: the ellipsis takes the next column, or the last character's place.
                let at = column < end ? column : lastStart
                put("…", width: 1, x: at, y: y, style: style)
                return at + 1 - x
            }
            put(character, width: width, x: column, y: y, style: style)
            lastStart = column
            column += width
        }
        return column - x
    }

    /// Fills a run of cells with one character.
    public mutating func fill(_ character: Character = " ", x: Int, y: Int, width: Int, style: Style = .plain) {
        guard y >= 0, y < size.rows else { return }
        let start = max(0, x)
        let end = min(size.columns, x + width)
        guard start < end else { return }
        for column in start..<end { put(character, width: 1, x: column, y: y, style: style) }
    }

    /// Puts one character in its cells. Writing over half of a wide character blanks the other half, as a
    /// terminal does, so no cell is ever left holding half a character.
    private mutating func put(_ character: Character, width: Int, x: Int, y: Int, style: Style) {
        let row = y * size.columns
        if x > 0, cells[row + x].isContinuation { cells[row + x - 1] = Cell(grapheme: " ", style: cells[row + x - 1].style) }
        let after = x + width
        if after < size.columns, cells[row + after].isContinuation { cells[row + after] = Cell(grapheme: " ", style: cells[row + after].style) }
        cells[row + x] = Cell(grapheme: character, style: style)
        if width == 2 { cells[row + x + 1] = Cell(grapheme: nil, style: style) }
    }

    /// Changes the style of a run of cells, keeping their text (for highlighting a row).
    public mutating func restyle(x: Int, y: Int, width: Int, _ change: (inout Style) -> Void) {
        guard y >= 0, y < size.rows else { return }
        for column in max(0, x)..<min(size.columns, x + width) { change(&cells[y * size.columns + column].style) }
    }

    /// The screen as text, one line a row, trailing spaces removed: what a person would read.
    public var text: String {
        (0..<size.rows).map(rowText).joined(separator: "\n")
    }

    public func rowText(_ y: Int) -> String {
        var line = ""
        for x in 0..<size.columns {
            if let grapheme = self[x, y].grapheme { line.append(grapheme) }
        }
        while line.last == " " { line.removeLast() }
        return line
    }
}
