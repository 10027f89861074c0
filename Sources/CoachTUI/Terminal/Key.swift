/// A key press, or an event that arrives like one (a resize).
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case enter, tab, backTab, backspace, delete, escape
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    case resize
    /// A key the terminal sent that SecondCall has no name for; ignored by every screen.
    case unknown(Int32)

    /// The name shown in the hint bar and the help overlay.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let character): "^" + String(character).uppercased()
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .escape: "Esc"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let number): "F\(number)"
        case .resize: "resize"
        case .unknown(let code): "key \(code)"
        }
    }
}
