import BeaconDomain
import Foundation

/// A call-record CSV file of made-up contacts for the benchmarks: always the same records for
/// the same count (a fixed seed), spread over the financial year 2025-26 with the shape of the
/// demo's, in the demo council's queues.
enum SyntheticCallFile {
    static let year = ReportingPeriod.year(2025)

    /// Writes `count` records to `path` in the import format, a megabyte at a time.
    static func write(count: Int, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let file = FileHandle(forWritingAtPath: path) else {
            throw CommandProblem("\(path) cannot be written.")
        }
        defer { try? file.close() }
        var generator = SyntheticContacts(seed: 2026, queues: DemoServiceCentre.services.map(\.0))
        let calendar = WorkingDayCalendar(nation: .england)
        // A year holds about 272 contacts for each one on an ordinary weekday; a little more so
        // the count is reached within the year (else the days go on into the next).
        let perWeekday = Double(count) / 272 * 1.05 + 1
        var buffer = CallRecord.columns.joined(separator: ",") + "\n"
        var written = 0, day = year.start
        while written < count {
            for record in generator.day(day, average: perWeekday, workingDay: calendar.isWorkingDay(day)) where written < count {
                buffer += record.csvLine
                buffer += "\n"
                written += 1
            }
            if buffer.utf8.count >= 1 << 20 || written == count {
                try file.write(contentsOf: Data(buffer.utf8))
                buffer = ""
            }
            day = day.adding(days: 1)
        }
    }
}
