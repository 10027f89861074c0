import CoachCore

/// The scenario's brief over the practice screen: who the customer is and what the rep knows beforehand.
final class BriefOverlay: Screen {
    private let below: any Screen
    private let scenario: Scenario

    static let table = ReadingAction.table("Brief", closedBy: [.escape, .function(2), .control("b"), .enter])

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
        lines += ["", HintBar.line(Self.table.hints)]
        let box = Box.centred(in: canvas.size, width: width, height: lines.count + 2)
        box.draw(into: &canvas, title: "Brief: \(scenario.title)", style: .bold, clearingRows: true)
        for (row, line) in lines.enumerated() { box.write(line, row: row, into: &canvas) }
        canvas.cursor = nil
    }

    func handle(_ key: Key) -> Reaction { ReadingAction.reaction(to: key, on: self, table: Self.table) }
}
