import BeaconDomain
import Foundation
import Testing

@Suite("Bank holidays from gov.uk's file")
struct PublishedBankHolidaysTests {
    func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// A cut-down file in gov.uk's format: 2027's Christmas for each division, with an invented
    /// extra day in England and Wales that no rule would give.
    let file = Data("""
    {"england-and-wales": {"division": "england-and-wales", "events": [
        {"title": "Christmas Day", "date": "2027-12-27", "notes": "Substitute day", "bunting": true},
        {"title": "Boxing Day", "date": "2027-12-28", "notes": "Substitute day", "bunting": true},
        {"title": "Proclaimed day", "date": "2027-06-07", "notes": "", "bunting": true}]},
     "scotland": {"division": "scotland", "events": [
        {"title": "Christmas Day", "date": "2027-12-27", "notes": "Substitute day", "bunting": true},
        {"title": "Boxing Day", "date": "2027-12-28", "notes": "Substitute day", "bunting": true}]},
     "northern-ireland": {"division": "northern-ireland", "events": [
        {"title": "Christmas Day", "date": "2027-12-27", "notes": "Substitute day", "bunting": true}]}}
    """.utf8)

    @Test("a year in the file uses the file's days; England and Wales share a division")
    func fileYears() throws {
        let published = try PublishedBankHolidays.parse(file)
        let england = WorkingDayCalendar(nation: .england, published: published)
        #expect(!england.isWorkingDay(day("2027-06-07")), "the proclaimed day in the file")
        #expect(!WorkingDayCalendar(nation: .wales, published: published).isWorkingDay(day("2027-06-07")))
        #expect(WorkingDayCalendar(nation: .scotland, published: published).isWorkingDay(day("2027-06-07")))
        #expect(england.adding(workingDays: 1, to: day("2027-12-24")) == day("2027-12-29"), "Christmas and Boxing Day fall on a weekend; both substitutes are off")
        #expect(published.years(for: .scotland) == 2027...2027)
    }

    @Test("a year outside the file falls back to the rules: Christmas 2032 and New Year 2033 in Scotland")
    func fallback() throws {
        let scotland = WorkingDayCalendar(nation: .scotland, published: try PublishedBankHolidays.parse(file))
        // 25 and 26 December 2032 are Saturday and Sunday: substitutes Monday 27 and Tuesday 28;
        // 1 and 2 January 2033 are Saturday and Sunday: substitutes Monday 3 and Tuesday 4.
        #expect(scotland.holidays(in: 2032).contains(day("2032-12-28")))
        #expect(scotland.adding(workingDays: 1, to: day("2032-12-24")) == day("2032-12-29"))
        #expect(scotland.adding(workingDays: 1, to: day("2032-12-31")) == day("2033-01-05"))
        #expect(WorkingDayCalendar(nation: .england).adding(workingDays: 1, to: day("2032-12-31")) == day("2033-01-04"), "England has only 1 January's substitute")
    }

    @Test("a file that is not gov.uk's, lacks a division or has a bad date is refused with the reason")
    func refused() {
        #expect(throws: PublishedBankHolidays.Problem.self) { try PublishedBankHolidays.parse(Data("[]".utf8)) }
        let missing = Data(#"{"england-and-wales": {"events": [{"date": "2027-12-27"}]}, "scotland": {"events": [{"date": "2027-12-27"}]}}"#.utf8)
        #expect(throws: PublishedBankHolidays.Problem.self) { try PublishedBankHolidays.parse(missing) }
        do {
            _ = try PublishedBankHolidays.parse(missing)
        } catch {
            #expect("\(error)" == "The file has no bank holidays for northern-ireland.")
        }
        let badDate = Data(#"{"england-and-wales": {"events": [{"date": "27/12/2027"}]}, "scotland": {"events": [{"date": "2027-12-27"}]}, "northern-ireland": {"events": [{"date": "2027-12-27"}]}}"#.utf8)
        #expect(throws: PublishedBankHolidays.Problem.self) { try PublishedBankHolidays.parse(badDate) }
    }
}
