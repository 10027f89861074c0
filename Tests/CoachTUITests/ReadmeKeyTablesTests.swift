@testable import CoachTUI
import Foundation
import TestSupport
import Testing

/// The README's key tables are the screens' key tables: the same keys, in the same order, with the same
/// words as the hint bar and the help overlay. A table that drifts fails here with the table to paste.
@Suite struct ReadmeKeyTablesTests {
    /// The keys that edit a line, the same on every screen with one: the README lists them once.
    static let lineEditing = KeyTable(title: "Editing a line", LineEdit.bindings { $0 })

    static func markdown<Action>(_ table: KeyTable<Action>) -> String {
        let editing = lineEditing.helpLines.map { $0.keys + $0.help }
        let rows = table.helpLines.filter { table.title == lineEditing.title || !editing.contains($0.keys + $0.help) }
            .map { "| \($0.keys) | \($0.help.replacingOccurrences(of: "|", with: "\\|")) |" }
        return (["<!-- keys: \(table.title) -->", "| key | does |", "|---|---|"] + rows).joined(separator: "\n")
    }

    static let tables = [
        markdown(LiveAction.table), markdown(NoteAction.table), markdown(lineEditing), markdown(PlanAction.table),
        markdown(ReviewAction.table), markdown(PracticeAction.table), markdown(ChecklistAction.table),
    ]

    @Test(arguments: tables) func theReadmeShowsTheKeyTable(table: String) throws {
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(table + "\n"), "README.md should have this table:\n\(table)")
    }
}
