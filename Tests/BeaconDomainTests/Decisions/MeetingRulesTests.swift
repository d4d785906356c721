import BeaconDomain
import Foundation
import Testing

@Suite("Amendments, follow-ups and the meetings calendar")
struct MeetingRulesTests {
    @Test("an amendment marks only the words it changed")
    func amendedWords() {
        #expect(AmendedWords.between("To approve the plan", "To approve the revised plan")
            == [.kept("To approve the"), .inserted("revised"), .kept("plan")])
        #expect(AmendedWords.between("Report every six months to scrutiny", "Report every three months to cabinet")
            == [.kept("Report every"), .removed("six"), .inserted("three"), .kept("months to"), .removed("scrutiny"), .inserted("cabinet")])
        #expect(AmendedWords.between("Keep it", "Keep it") == [.kept("Keep it")])
        #expect(AmendedWords.between("", "New words") == [.inserted("New words")])
        #expect(AmendedWords.between("Old words", "") == [.removed("Old words")])
    }

    @Test("a report due every six months from 31 August falls on the last day of February, in a leap year too")
    func followUps() {
        let august = CalendarDate(year: 2026, month: 8, day: 31)!
        #expect(FollowUpSchedule.next(after: august, everyMonths: 6) == CalendarDate(year: 2027, month: 2, day: 28)!)
        #expect(FollowUpSchedule.next(after: CalendarDate(year: 2027, month: 8, day: 31)!, everyMonths: 6) == CalendarDate(year: 2028, month: 2, day: 29)!)
        #expect(FollowUpSchedule.next(after: CalendarDate(year: 2026, month: 11, day: 10)!, everyMonths: 2) == CalendarDate(year: 2027, month: 1, day: 10)!)
        #expect(FollowUpSchedule.next(after: CalendarDate(year: 2026, month: 5, day: 15)!, everyMonths: 12) == CalendarDate(year: 2027, month: 5, day: 15)!)
    }

    @Test("iCalendar text is escaped, folded at 75 octets without splitting a character, and ends lines with CRLF")
    func calendar() {
        let start = Date(timeIntervalSince1970: 1_796_495_400)  // 5 December 2026, 18:30 UTC
        let event = ICalendar.Event(uid: "a@b", starts: start, ends: start.addingTimeInterval(7_200), summary: "Cabinet; budget, 2027/28",
                                    location: "Council Chamber", description: "Line one\nLine two", url: "https://example.org/m", cancelled: true)
        let text = ICalendar(name: "Meetings", events: [event], stamp: start).text
        #expect(text.contains("DTSTART:20261205T183000Z\r\n"))
        #expect(text.contains("SUMMARY:Cabinet\\; budget\\, 2027/28\r\n"))
        #expect(text.contains("DESCRIPTION:Line one\\nLine two\r\n"))
        #expect(text.contains("STATUS:CANCELLED\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let long = ICalendar.fold("DESCRIPTION:" + String(repeating: "é", count: 40))
        let lines = long.components(separatedBy: "\r\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines[1].hasPrefix(" é"))
        #expect(long.replacingOccurrences(of: "\r\n ", with: "") == "DESCRIPTION:" + String(repeating: "é", count: 40))
    }
}
