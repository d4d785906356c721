import BeaconDomain
import Foundation
import Testing

@Suite("The UK day of instants read one after another")
struct UKDayReaderTests {
    private func instant(_ text: String) -> Date { ISOInstant.parse(text)! }

    @Test("clocks going forward and back: the day changes at UK midnight, not UTC's")
    func aroundTheClockChanges() {
        var reader = UKDayReader()
        // Hand-worked: BST starts 2026-03-29 01:00 UTC and ends 2026-10-25 01:00 UTC.
        let expected: [(String, String)] = [
            ("2026-03-28T23:59:59Z", "2026-03-28"),  // 23:59:59 GMT
            ("2026-03-29T00:59:59Z", "2026-03-29"),  // 00:59:59 GMT
            ("2026-03-29T01:00:00Z", "2026-03-29"),  // 02:00 BST
            ("2026-03-29T22:59:59Z", "2026-03-29"),  // 23:59:59 BST
            ("2026-03-29T23:00:00Z", "2026-03-30"),  // 00:00 BST next day
            ("2026-10-24T22:59:59Z", "2026-10-24"),  // 23:59:59 BST
            ("2026-10-24T23:00:00Z", "2026-10-25"),  // 00:00 BST
            ("2026-10-25T00:59:59Z", "2026-10-25"),  // 01:59:59 BST
            ("2026-10-25T01:00:00Z", "2026-10-25"),  // 01:00 GMT again
            ("2026-10-25T23:30:00Z", "2026-10-25"),  // 23:30 GMT
            ("2026-03-29T23:30:00Z", "2026-03-30"),  // back in time: 00:30 BST
        ]
        for (text, day) in expected {
            #expect(reader.day(of: instant(text)).iso == day, "\(text)")
        }
    }

    @Test("agrees with UKTime.day every 37 minutes through a year, and when read backwards")
    func agreesWithTheTimeZoneDatabase() {
        var forwards = UKDayReader(), backwards = UKDayReader()
        let start = instant("2025-12-31T00:00:00Z").timeIntervalSince1970
        let instants = stride(from: start, to: start + 370 * 86_400, by: 37 * 60).map { Date(timeIntervalSince1970: $0) }
        #expect(instants.allSatisfy { forwards.day(of: $0).date == UKTime.day(of: $0) })
        #expect(instants.reversed().allSatisfy { backwards.day(of: $0).date == UKTime.day(of: $0) })
    }
}
