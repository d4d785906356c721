@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// Many people saving at once, on SQLite and PostgreSQL alike: every save waits its turn and
/// succeeds, numbered references stay unique, and a clash is a 409, never a 500.
final class ConcurrentWriteTests: DecisionTestCase {
    let count = 50

    func testFiftyUnitsCreatedAtOnceAreAllSaved() async throws {
        let admin = try await signIn(DemoData.administratorEmail)
        let before = try await Unit.query(on: app.db).count()

        let statuses = try await atOnce((1...count).map {
            try formPost(SiteURL.list(.units).path, ["name": "Parallel team \($0)", "kind": "team"], as: admin)
        })

        XCTAssertEqual(statuses, Array(repeating: .seeOther, count: count))
        let after = try await Unit.query(on: app.db).count()
        XCTAssertEqual(after - before, count)
    }

    func testFiftyNoticesDraftedAtOnceGetFiftyReferences() async throws {
        let staff = try await signIn("democratic@wrenmoor.example")
        let form = try await draftForm()

        let statuses = try await atOnce((1...count).map {
            try formPost(SiteURL.decisionList(council: "wrenmoor").path, form.merging(["topic": "Parallel notice \($0)"]) { _, new in new }, as: staff)
        })

        XCTAssertEqual(statuses, Array(repeating: .seeOther, count: count))
        let references = try await DecisionNotice.query(on: app.db).filter(\.$topic ~~ "Parallel notice").all().map(\.reference)
        XCTAssertEqual(references.count, count)
        XCTAssertEqual(Set(references).count, count, "every reference is different")
    }

    func testFiftyServiceRequestsRaisedAtOnceGetFiftyReferences() async throws {
        let key = try await issueAPIKey(role: "service_centre_agent")
        let body = #"{"service": "FLY_TIPPING", "description": "Parallel request", "answers": {"size": "A car boot load"}, "address": "1 High Street"}"#

        let statuses = try await atOnce((1...count).map { _ in apiPost(SiteURL.apiServiceRequests.path, key: key, body: body) })

        XCTAssertEqual(statuses, Array(repeating: .created, count: count))
        let references = try await ServiceRequest.query(on: app.db).filter(\.$details == "Parallel request").all().map(\.reference)
        XCTAssertEqual(references.count, count)
        XCTAssertEqual(Set(references).count, count, "every reference is different")
    }

    func testFiftyComplaintsLoggedAtOnceGetFiftyReferences() async throws {
        let agent = try await signIn("agent@wrenmoor.example")
        let unit = try await record(Unit.self, where: \.$name, is: "Environmental Services").id!.uuidString

        let statuses = try await atOnce((1...count).map {
            try formPost(SiteURL.complaintList(council: "wrenmoor").path,
                         ["complainantName": "Parallel complainant \($0)", "unit": unit, "service": "MISSED_BIN",
                          "about": "Bins missed", "receivedOn": today.iso], as: agent)
        })

        XCTAssertEqual(statuses, Array(repeating: .seeOther, count: count))
        let references = try await Complaint.query(on: app.db).filter(\.$complainantName ~~ "Parallel complainant").all().map(\.reference)
        XCTAssertEqual(references.count, count)
        XCTAssertEqual(Set(references).count, count, "every reference is different")
    }

    func testTwoSavesOfOneRecordAtOnceSaveOneAndReportTheOtherAsAConflict() async throws {
        let admin = try await signIn(DemoData.administratorEmail)
        let unit = try await record(Unit.self, where: \.$name, is: "Contact Centre")
        let path = SiteURL.record(.units, .id(unit.id!)).path

        let statuses = try await atOnce((1...2).map {
            try formPost(path, ["name": "Contact Centre \($0)", "kind": unit.kind.rawValue, "version": String(unit.version)], as: admin)
        })

        XCTAssertEqual(statuses.sorted { $0.code < $1.code }, [.seeOther, .conflict])
    }

    func testFortyWrongPasswordsAtOnceAreCountedOneByOne() async throws {
        let browser = try await visit(.signIn)

        let statuses = try await atOnce((1...40).map { _ in
            try formPost(SiteURL.signIn.path, ["email": "agent@wrenmoor.example", "password": "guess-guess-guess"], as: browser)
        })

        XCTAssertEqual(statuses.filter { $0 == .unauthorized }.count, 5, "five are checked")
        XCTAssertEqual(statuses.filter { $0 == .tooManyRequests }.count, 35, "the rest are refused unchecked")
        let failures = try await record(SignInFailure.self, where: \.$email, is: "agent@wrenmoor.example").failures
        XCTAssertEqual(failures, 5)
    }
}
