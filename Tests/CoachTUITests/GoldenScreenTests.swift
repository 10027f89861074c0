import CoachCore
import CoachTUI
import Foundation
import TestSupport
import Testing

/// Every screen and mode of the catalogue, whole, at 80x24 and 120x40, against its golden file in
/// `Tests/Fixtures/screens/`. After a change to a screen has been looked at, record them again:
/// `SECONDCALL_RECORD_SCREENS=1 swift test --filter GoldenScreenTests`.
@Suite struct GoldenScreenTests {
    static let folder = Fixtures.root.appendingPathComponent("screens")

    /// The reviewed call's date as it reads in UTC, wherever the tests run: a date in local time would make
    /// the golden files depend on the machine's time zone.
    static func inUTC(_ text: String) -> String {
        let local = CallDate.text(ScreenCatalogue.startedAt)
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let parts = utc.dateComponents([.year, .month, .day, .hour, .minute], from: ScreenCatalogue.startedAt)
        let fixed = String(format: "%04d-%02d-%02d %02d:%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!)
        guard local != fixed else { return text }
        var text = text.replacingOccurrences(of: local, with: fixed)
        // A narrow window cuts the date: its first characters, then …
        for length in stride(from: local.count - 1, through: 1, by: -1) {
            text = text.replacingOccurrences(of: local.prefix(length) + "…", with: fixed.prefix(length) + "…")
        }
        return text
    }

    @Test(arguments: ScreenSize.both) func everyScreenIsItsGoldenFile(size: ScreenSize) throws {
        let shots = try ScreenCatalogue.shots(size)
        for shot in shots {
            let terminal = shot.app.terminal as! VirtualTerminal
            let file = Self.folder.appendingPathComponent("\(size)/\(shot.fileName).txt")
            if let mismatch = try ScreenSnapshot.mismatch(Self.inUTC(ScreenSnapshot.text(terminal.frame)), golden: file) {
                Issue.record("\(shot.name) at \(size): \(mismatch)")
            }
        }
        let names = Set(shots.map { "\($0.fileName).txt" })
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Self.folder.appendingPathComponent("\(size)").path)) ?? []
        #expect(files.filter { !names.contains($0) }.isEmpty, "golden files with no screen: delete them")
        #expect(Set(shots.map(\.fileName)).count == shots.count, "two screens of the catalogue share a name")
    }
}
