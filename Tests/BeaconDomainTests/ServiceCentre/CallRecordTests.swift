import BeaconDomain
import Foundation
import Testing

@Suite("Call record rows")
struct CallRecordTests {
    let columns = try! CallRecordColumns(header: ["contact_id", "channel", "queue", "arrived_at", "answered_at", "ended_at", "agent", "outcome"])

    func problem(_ fields: [String]) -> String? {
        if case .failure(let problem) = columns.record(fields) { return problem.description }
        return nil
    }

    @Test("ISO 8601 with Z, an offset and a fraction; British Summer Time is an hour ahead")
    func instants() {
        #expect(ISOInstant.parse("2026-03-02T09:15:04Z") == Date(timeIntervalSince1970: 1_772_442_904))
        #expect(ISOInstant.parse("2026-07-01T10:00:00+01:00") == ISOInstant.parse("2026-07-01T09:00:00Z"))
        #expect(ISOInstant.parse("2026-07-01T10:00:00.250-00:30") == Date(timeIntervalSince1970: 1_782_901_800.25))
        for bad in ["2026-02-30T09:00:00Z", "2026-03-02T09:00:00", "2026-03-02T24:00:00Z", "2026-03-02T09:00Z", "yesterday", "2026-03-02T09:00:00+0100"] {
            #expect(ISOInstant.parse(bad) == nil, "\(bad)")
        }
    }

    @Test("instants are written in UTC to the second, before 1970 too, and read back")
    func writtenInstants() {
        #expect(ISOInstant.format(Date(timeIntervalSince1970: 1_772_442_904.75)) == "2026-03-02T09:15:04Z")
        #expect(ISOInstant.format(ISOInstant.parse("2026-07-01T00:30:00+01:00")!) == "2026-06-30T23:30:00Z")
        #expect(ISOInstant.format(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        #expect(ISOInstant.format(ISOInstant.parse("2028-02-29T23:59:59Z")!) == "2028-02-29T23:59:59Z")
    }

    @Test("a record written as a line of the format reads back the same; commas and quotes are quoted")
    func recordLine() throws {
        let arrived = ISOInstant.parse("2026-03-02T09:00:00Z")!
        let answered = CallRecord(contactID: "c-1", channel: .phone, queue: "BINS", arrived: arrived, answered: arrived.addingTimeInterval(20),
                                  ended: arrived.addingTimeInterval(300), agent: "A17", outcome: .resolved)
        let abandoned = CallRecord(contactID: "x,\"2\"", channel: .web, arrived: arrived, answered: nil, ended: arrived.addingTimeInterval(4), outcome: .abandoned)
        #expect(answered.csvLine == "c-1,phone,BINS,2026-03-02T09:00:00Z,2026-03-02T09:00:20Z,2026-03-02T09:05:00Z,A17,resolved")
        #expect(abandoned.csvLine == "\"x,\"\"2\"\"\",web,,2026-03-02T09:00:00Z,,2026-03-02T09:00:04Z,,abandoned")
        #expect(try columns.record(answered.csvLine.split(separator: ",", omittingEmptySubsequences: false).map(String.init)).get() == answered)
    }

    @Test("a good row, with the columns in any order")
    func goodRow() throws {
        let shuffled = try CallRecordColumns(header: ["outcome", "agent", "ended_at", "answered_at", "arrived_at", "queue", "channel", "contact_id"])
        let record = try shuffled.record(["resolved", "A17", "2026-03-02T09:05:00Z", "2026-03-02T09:00:20Z", "2026-03-02T09:00:00Z", "BINS", "phone", "c-1"]).get()
        #expect(record.contactID == "c-1")
        #expect(record.channel == .phone)
        #expect(record.queue == "BINS")
        #expect(record.answered?.timeIntervalSince(record.arrived) == 20)
    }

    @Test("a header without a column is refused, naming it")
    func missingColumn() {
        #expect(throws: CallRecord.Problem("The header row lacks the column outcome; it needs contact_id, channel, queue, arrived_at, answered_at, ended_at, agent, outcome.")) {
            try CallRecordColumns(header: ["contact_id", "channel", "queue", "arrived_at", "answered_at", "ended_at", "agent"])
        }
    }

    @Test("bad rows say why")
    func badRows() {
        #expect(problem(["1", "fax", "", "2026-03-02T09:00:00Z", "", "2026-03-02T09:01:00Z", "", "abandoned"])?.hasPrefix("channel “fax” is not one of") == true)
        #expect(problem(["1", "phone", "", "2 March 2026", "", "2026-03-02T09:01:00Z", "", "abandoned"])?.hasPrefix("arrived_at “2 March 2026” is not a date-time") == true)
        #expect(problem(["1", "phone", "", "2026-03-02T09:00:00Z", "2026-03-02T08:59:00Z", "2026-03-02T09:01:00Z", "", "resolved"]) == "answered_at is before arrived_at")
        #expect(problem(["1", "phone", "", "2026-03-02T09:00:00Z", "2026-03-02T09:00:10Z", "2026-03-02T09:00:05Z", "", "resolved"]) == "ended_at is before answered_at")
        #expect(problem(["1", "phone", "", "2026-03-02T09:00:00Z", "2026-03-02T09:00:10Z", "2026-03-02T09:01:00Z", "", "abandoned"]) == "an abandoned contact has no answered_at")
        #expect(problem(["1", "phone", "", "2026-03-02T09:00:00Z", "", "2026-03-02T09:01:00Z", "", "resolved"])?.hasPrefix("answered_at is empty but the outcome is resolved") == true)
        #expect(problem(["1", "phone", "", "2026-03-02T09:00:00Z", "", "2026-03-02T09:01:00Z", "", "lost"])?.hasPrefix("outcome “lost” is not one of") == true)
        #expect(problem(["", "phone", "", "2026-03-02T09:00:00Z", "", "2026-03-02T09:01:00Z", "", "abandoned"]) == "contact_id is empty")
        #expect(problem(["1", "phone", "", "2026-03-02T09:00:00Z"]) == "the row has 4 fields, the header has 8 (a cut-off or broken line?)")
    }
}
