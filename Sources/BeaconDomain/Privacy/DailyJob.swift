import Foundation

/// When a job that runs once a day inside Beacon is due, and when a run that stopped answering
/// may be taken over by another process (operations: the scheduler).
public enum DailyJob {
    /// The hour of the night, in London, from which the day's run is due: after the nightly backup.
    public static let hour = 3

    /// How long a run may go without a heartbeat before another process takes it over.
    public static let lease: TimeInterval = 15 * 60

    /// Whether a day's run is due at `now`: from the hour on, and only if that day has no run yet.
    public static func isDue(now: Date, lastRunDay: CalendarDate?) -> Bool {
        let today = UKTime.day(of: now)
        guard now >= UKTime.instant(today, hour: hour, minute: 0) else { return false }
        return lastRunDay.map { $0 < today } ?? true
    }

    /// Whether an unfinished run whose last heartbeat was at `heartbeat` has lost its process.
    public static func isAbandoned(heartbeat: Date, now: Date) -> Bool {
        now.timeIntervalSince(heartbeat) > lease
    }
}
