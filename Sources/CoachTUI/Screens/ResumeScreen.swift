/// Offered on start when a call was left unfinished: resume it, end it now, or leave it and start afresh.
public final class ResumeScreen: Screen {
    public enum Choice { case resume, endIt, leaveIt }

    private let description: String
    private let choose: (Choice) -> Reaction

    public init(description: String, choose: @escaping (Choice) -> Reaction) {
        self.description = description
        self.choose = choose
    }

    public func render(into canvas: inout Canvas) {
        canvas.write("An unfinished call was found", x: 2, y: 1, style: .bold)
        canvas.write(description, x: 2, y: 3, limit: canvas.size.columns - 4)
        canvas.write("r  resume it (clock and stage as they were)", x: 2, y: 5)
        canvas.write("e  end it now, then start a new call", x: 2, y: 6)
        canvas.write("n  leave it unfinished and start a new call", x: 2, y: 7)
        HintBar.draw([("r", "resume"), ("e", "end it"), ("n", "new call"), ("Esc", "back")], into: &canvas, y: canvas.size.rows - 1)
        canvas.cursor = nil
    }

    public func handle(_ key: Key) -> Reaction {
        switch key {
        case .character("r"): choose(.resume)
        case .character("e"): choose(.endIt)
        case .character("n"): choose(.leaveIt)
        case .escape, .control("c"): .pop
        default: .none
        }
    }
}
