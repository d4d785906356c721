import Foundation

/// Bank holidays as gov.uk publishes them (`https://www.gov.uk/bank-holidays.json`): for each
/// division (England and Wales, Scotland, Northern Ireland) the dated events. Proclaimed days
/// and moved holidays are then exactly as announced; years the file does not cover fall back
/// to the rules in `BankHolidays`.
public struct PublishedBankHolidays: Equatable, Sendable {
    // Indexed by year because working-day counts ask for a year's holidays once per day counted.
    private let days: [Nation: [Int: Set<CalendarDate>]]

    public init(days: [Nation: Set<CalendarDate>]) {
        self.days = days.mapValues { Dictionary(grouping: $0, by: \.year).mapValues(Set.init) }
    }

    private struct File: Decodable {
        struct Division: Decodable {
            struct Event: Decodable { let date: String }
            let events: [Event]
        }
    }

    static let divisions: [String: [Nation]] = ["england-and-wales": [.england, .wales], "scotland": [.scotland],
                                                "northern-ireland": [.northernIreland]]

    /// Reads the gov.uk file; refuses one that is not in its format or lacks a division.
    public static func parse(_ data: Data) throws -> PublishedBankHolidays {
        let file: [String: File.Division]
        do {
            file = try JSONDecoder().decode([String: File.Division].self, from: data)
        } catch {
            throw Problem("This is not gov.uk's bank holidays file: it should hold each division with its dated events.")
        }
        var days: [Nation: Set<CalendarDate>] = [:]
        for (division, nations) in divisions {
            guard let events = file[division]?.events, !events.isEmpty else { throw Problem("The file has no bank holidays for \(division).") }
            var dates = Set<CalendarDate>()
            for event in events {
                guard let date = CalendarDate(iso: event.date) else { throw Problem("“\(event.date)” in \(division) is not a date like 2026-12-25.") }
                dates.insert(date)
            }
            for nation in nations { days[nation] = dates }
        }
        return PublishedBankHolidays(days: days)
    }

    /// The nation's holidays in the year, or nil when the file has none that year.
    public func days(in year: Int, for nation: Nation) -> Set<CalendarDate>? {
        days[nation]?[year]
    }

    /// The years the file covers for a nation.
    public func years(for nation: Nation) -> ClosedRange<Int>? {
        guard let all = days[nation]?.keys, let first = all.min(), let last = all.max() else { return nil }
        return first...last
    }

    /// Why a file was refused, in words for the person importing it.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }
}
