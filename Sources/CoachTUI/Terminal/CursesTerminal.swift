import CNCurses
import Foundation

public enum TerminalError: Error, CustomStringConvertible {
    case notATerminal
    case dumbTerminal
    case cannotStart(String)
    case noUTF8Locale

    public var description: String {
        switch self {
        case .notATerminal:
            "SecondCall's screens need an interactive terminal; run it in a terminal window (for files, use 'secondcall check')"
        case .dumbTerminal:
            "TERM is 'dumb' (or unset), which cannot show SecondCall's screens; run it in a terminal such as xterm, tmux or the Linux console"
        case .cannotStart(let term):
            "the terminal type '\(term)' is not known to this system's terminfo; set TERM to one it knows (e.g. xterm-256color)"
        case .noUTF8Locale:
            "this system has no UTF-8 locale, which SecondCall's screens need; install one (e.g. 'apt-get install locales' and enable C.UTF-8), then set LANG=C.UTF-8"
        }
    }
}

/// The real terminal, through ncursesw. Create one, use it from one thread, and `restore()` before exit.
public final class CursesTerminal: Terminal {
    public let usesColor: Bool
    private let window: UnsafeMutablePointer<WINDOW>
    private var shown: Canvas?
    private var isRestored = false

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else { throw TerminalError.dumbTerminal }
        guard UTF8Locale.adopt() else { throw TerminalError.noUTF8Locale }
        guard sc_start() != nil, let window = sc_stdscr() else {
            throw TerminalError.cannotStart(term)
        }
        self.window = window
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        let wantsColor = environment["NO_COLOR"].map(\.isEmpty) ?? true
        usesColor = wantsColor && has_colors()
        if usesColor {
            start_color()
            use_default_colors()
            for color in Color.allCases {
                init_pair(Int16(color.rawValue), cursesColor(color), -1)
            }
        }
    }

    deinit { restore() }

    public var size: TerminalSize {
        TerminalSize(columns: Int(getmaxx(window)), rows: Int(getmaxy(window)))
    }

    public func present(_ canvas: Canvas) {
        if shown?.size != canvas.size {
            werase(window)
            shown = nil
        }
        let columns = canvas.size.columns
        for y in 0..<canvas.size.rows {
            for x in 0..<columns {
                let cell = canvas[x, y]
                if let previous = shown, previous[x, y] == cell { continue }
                if cell.isContinuation { continue }
                draw(cell, x: x, y: y)
            }
        }
        if let cursor = canvas.cursor {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wrefresh(window)
        shown = canvas
    }

    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        wtimeout(window, Int32(timeoutMilliseconds))
        var code: wint_t = 0
        let result = wget_wch(window, &code)
        if result == ERR { return nil }
        if result == KEY_CODE_YES { return functionKey(Int32(code)) }
        return characterKey(UInt32(code))
    }

    public func restore() {
        guard !isRestored else { return }
        isRestored = true
        curs_set(1)
        endwin()
        Self.ensureLineMode()
    }

    /// Ctrl-Z arrives as a key (the terminal is raw), so the stop is done here: the terminal is handed
    /// back, the process stops as the shell expects, and on `fg` the whole screen is drawn again.
    public func suspend() {
        endwin()
        let previous = signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        signal(SIGTSTP, previous)
        shown = nil
        werase(window)
    }

    /// endwin() puts back the modes the terminal had when SecondCall started. If an earlier run was
    /// killed (`kill -9` cannot be caught), those were its raw modes; a shell needs line editing and echo,
    /// so they are turned back on.
    private static func ensureLineMode() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0, modes.c_lflag & tcflag_t(ICANON) == 0 else { return }
        modes.c_lflag |= tcflag_t(ICANON | ECHO | ECHOE | ECHOK | ISIG | IEXTEN)
        modes.c_iflag |= tcflag_t(ICRNL | IXON)
        modes.c_oflag |= tcflag_t(OPOST | ONLCR)
        tcsetattr(STDIN_FILENO, TCSANOW, &modes)
    }

    private func draw(_ cell: Cell, x: Int, y: Int) {
        var attributes: Int32 = 0
        if cell.style.bold { attributes |= sc_a_bold() }
        if cell.style.reverse { attributes |= sc_a_reverse() }
        if cell.style.underline { attributes |= sc_a_underline() }
        if cell.style.dim { attributes |= sc_a_dim() }
        let pair: Int16 = usesColor ? Int16(cell.style.color?.rawValue ?? 0) : 0
        var characters = (cell.grapheme ?? " ").unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        if sc_put_cell(Int32(y), Int32(x), characters, attributes, pair) == ERR {
            // A cluster curses cannot hold in one cell: draw its first character alone.
            _ = sc_put_cell(Int32(y), Int32(x), [characters[0], 0], attributes, pair)
        }
    }

    private func functionKey(_ code: Int32) -> Key {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_ENTER: .enter
        case KEY_BTAB: .backTab
        case sc_key_resize(): .resize
        case (KEY_F0 + 1)...(KEY_F0 + 24): .function(Int(code - KEY_F0))
        default: .unknown(code)
        }
    }

    private func characterKey(_ value: UInt32) -> Key {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(value + 96))))
        default:
            guard let scalar = Unicode.Scalar(value), value >= 32 else { return .unknown(Int32(bitPattern: value)) }
            return .character(Character(scalar))
        }
    }

    private func cursesColor(_ color: Color) -> Int16 {
        switch color {
        case .red: Int16(COLOR_RED)
        case .green: Int16(COLOR_GREEN)
        case .yellow: Int16(COLOR_YELLOW)
        case .blue: Int16(COLOR_BLUE)
        case .magenta: Int16(COLOR_MAGENTA)
        case .cyan: Int16(COLOR_CYAN)
        case .white: Int16(COLOR_WHITE)
        }
    }
}
