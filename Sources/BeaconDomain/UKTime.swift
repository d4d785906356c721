import Foundation

/// Instants from UK calendar days and clock times (Europe/London, so BST is handled).
public enum UKTime {
    public static let zone = TimeZone(identifier: "Europe/London")!

    /// The instant a UK clock shows `hour:minute` on `day`. In the hour the clocks go back, which
    /// comes twice, it is the second (GMT) one, so a deadline set then gives people the longer
    /// time; a time the clocks skip when they go forward is read an hour on, as the clock would show it.
    public static func instant(_ day: CalendarDate, hour: Int, minute: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute)
        if let instant = calendar.date(from: components) {
            let hourLater = instant.addingTimeInterval(3_600)
            let shown = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: hourLater)
            return shown == components ? hourLater : instant
        }
        // Foundation has an answer for every real day and time; this is only a fallback that cannot fail.
        let local = Double(day.dayNumber * 86_400 + hour * 3_600 + minute * 60)
        return Date(timeIntervalSince1970: local - Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: local))))
    }

    /// Reads a UK date and time as a form sends it: `2026-12-04T17:00` or `2026-12-04 17:00`.
    public static func parseLocal(_ text: String) -> Date? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 2, let day = CalendarDate(iso: String(parts[0])) else { return nil }
        let clock = parts[1].split(separator: ":")
        guard clock.count >= 2, let hour = Int(clock[0]), let minute = Int(clock[1]), (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        return instant(day, hour: hour, minute: minute)
    }

    /// The UK day of an instant.
    public static func day(of instant: Date) -> CalendarDate { CalendarDate(instant, in: zone) }

    /// `4 December 2026, 17:00` in UK time, for documents.
    public static func long(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        return day(of: instant).long + ", " + String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// `2026-12-04T17:00`, the value a `datetime-local` field shows.
    public static func local(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        return day(of: instant).iso + "T" + String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
