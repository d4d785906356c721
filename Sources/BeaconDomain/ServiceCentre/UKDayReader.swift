import Foundation

/// The UK day of instants read one after another, as a call-record file's arrival times are:
/// `UKTime.day(of:)`, remembering the last hour's offset from UTC and the last day's name, so an
/// import of a million contacts does not ask the time-zone database (behind a lock) and format
/// a date for each.
///
/// An offset is remembered for a whole UTC hour only when it is the same at the hour's first and
/// last second: the UK's clocks change on the hour in UTC (01:00), so every hour since 1847
/// qualifies, and one that did not would be asked about second by second.
public struct UKDayReader: Sendable {
    private var hour = Int.min
    private var offset = 0
    private var dayNumber = Int.min
    private var day = CalendarDate(dayNumber: 0)
    private var iso = ""

    public init() {}

    /// The UK day `instant` falls on, and its ISO name (`2026-03-29`).
    public mutating func day(of instant: Date) -> (date: CalendarDate, iso: String) {
        let seconds = instant.timeIntervalSince1970
        let thisHour = Int((seconds / 3_600).rounded(.down))
        if thisHour != hour {
            let first = Date(timeIntervalSince1970: Double(thisHour) * 3_600)
            let start = UKTime.zone.secondsFromGMT(for: first)
            let steady = start == UKTime.zone.secondsFromGMT(for: first.addingTimeInterval(3_599))
            (hour, offset) = (steady ? thisHour : Int.min, steady ? start : UKTime.zone.secondsFromGMT(for: instant))
        }
        let number = Int(((seconds + Double(offset)) / 86_400).rounded(.down))
        if number != dayNumber {
            (dayNumber, day) = (number, CalendarDate(dayNumber: number))
            iso = day.iso
        }
        return (day, iso)
    }
}
