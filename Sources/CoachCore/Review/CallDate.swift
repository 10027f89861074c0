import Foundation

/// How a call's start shows in listings and exports: `2026-11-23 14:05`, local time.
public enum CallDate {
    private static let style = Date.VerbatimFormatStyle(
        format: "\(year: .defaultDigits)-\(month: .twoDigits)-\(day: .twoDigits) \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits)",
        timeZone: .current, calendar: Calendar(identifier: .gregorian))

    public static func text(_ date: Date) -> String { date.formatted(style) }
}
