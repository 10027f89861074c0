import CoachCore

/// The scenario's brief over the practice screen: who the customer is and what the rep knows beforehand.
final class BriefOverlay: Screen {
    private let below: any Screen
    private let scenario: Scenario

    enum Action: Sendable { case close, help }

    static let table = KeyTable<Action>(title: "Brief", [
        KeyBinding([.escape, .function(2), .control("b"), .enter], .close, label: "close", help: "back to the call"),
        .help(.help),
    ])

    var keyTable: any KeyTableListing { Self.table }

    init(over below: any Screen, scenario: Scenario) {
        self.below = below
        self.scenario = scenario
    }

    func render(into canvas: inout Canvas) {
        below.render(into: &canvas)
        let width = min(90, canvas.size.columns - 4)
        let persona = scenario.persona
        var lines = ["\(persona.name), \(persona.role), \(persona.company)", "Style: \(persona.style)", ""]
        // The brief's own line breaks are where its author wrapped it; paragraphs are what matter here.
        for paragraph in scenario.brief.components(separatedBy: "\n\n") {
            lines += TextWrap.lines(paragraph.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces),
                                    width: width - 4)
        }
        lines += ["", "Esc closes"]
        let box = Box.centred(in: canvas.size, width: width, height: lines.count + 2)
        box.draw(into: &canvas, title: "Brief: \(scenario.title)", style: .bold, clearingRows: true)
        for (row, line) in lines.enumerated() { box.write(line, row: row, into: &canvas) }
        canvas.cursor = nil
    }

    func handle(_ key: Key) -> Reaction {
        switch Self.table.action(for: key) {
        case .close: .pop
        case .help: .push(HelpOverlay(over: self))
        case nil: .none
        }
    }
}
