@testable import Beacon
import BeaconDomain
import Fluent
import SQLKit
import XCTVapor

/// A choice stored as its code (`@Coded`, `@OptionalCoded`) reads back as the choice, and a code
/// Beacon does not know is an error naming the record and field, never quietly another choice.
final class StoredCodeTests: BeaconTestCase {
    private var sql: SQLDatabase { app.db as! SQLDatabase }

    private func anyRequest() async throws -> ServiceRequest {
        try await XCTUnwrapAsync(try await ServiceRequest.query(on: app.db).sort(\.$reference).first())
    }

    func testAStoredCodeReadsBackAsItsChoiceAndFiltersByIt() async throws {
        let request = try await anyRequest()
        request.status = .closed
        try await request.update(on: app.db)

        let closed = try await ServiceRequest.query(on: app.db).filter(\.$status == .closed).all()

        XCTAssertTrue(closed.contains { $0.id == request.id })
        XCTAssertTrue(closed.allSatisfy { $0.status == .closed })
        let stored = try await sql.select().column("status").from(ServiceRequest.schema)
            .where("id", .equal, request.id!).first(decoding: [String: String].self)
        XCTAssertEqual(stored?["status"], "closed", "the column keeps the code a person can read")
    }

    func testAnUnknownCodeIsAnErrorNamingTheRecordAndField() async throws {
        let request = try await anyRequest()
        try await sql.update(ServiceRequest.schema).set("status", to: "lost").where("id", .equal, request.id!).run()

        do {
            _ = try await ServiceRequest.find(request.id, on: app.db)
            XCTFail("a request whose status is “lost” was read as some other status")
        } catch let error as UnknownStoredCode {
            XCTAssertEqual(error.field, "status")
            XCTAssertEqual(error.code, "lost")
            XCTAssertEqual(error.description, "ServiceRequest.status holds “lost”, which Beacon cannot read")
        }
    }

    func testAnOptionalCodeReadsNullAsNoChoiceAndAnUnknownCodeAsAnError() async throws {
        let green = try await IndicatorValue.query(on: app.db).filter(\.$status == .green).first()
        let value = try XCTUnwrap(green)
        value.status = nil
        try await value.update(on: app.db)
        let unjudged = try await IndicatorValue.find(value.id, on: app.db)
        XCTAssertNotNil(unjudged)
        XCTAssertNil(unjudged?.status)

        try await sql.update(IndicatorValue.schema).set("status", to: "purple").where("id", .equal, value.id!).run()

        do {
            _ = try await IndicatorValue.find(value.id, on: app.db)
            XCTFail("a value whose status is “purple” was read")
        } catch let error as UnknownStoredCode {
            XCTAssertEqual(error.code, "purple")
        }
    }

    func testADateStoredAsTextReadsBackAsTheDateAndANonDateIsAnError() async throws {
        let complaint = try await XCTUnwrapAsync(try await Complaint.query(on: app.db).sort(\.$reference).first())
        complaint.receivedOn = try XCTUnwrap(CalendarDate(year: 2026, month: 2, day: 28))
        try await complaint.update(on: app.db)
        let reread = try await Complaint.find(complaint.id, on: app.db)
        XCTAssertEqual(reread?.receivedOn.iso, "2026-02-28")

        // Before, an unreadable date became 1 January 2000, and the complaint was years overdue.
        try await sql.update(Complaint.schema).set("received_on", to: "31/02/2026")
            .where("id", .equal, complaint.id!).run()

        do {
            _ = try await Complaint.find(complaint.id, on: app.db)
            XCTFail("a complaint received on “31/02/2026” was read")
        } catch let error as UnknownStoredCode {
            XCTAssertEqual(error.field, "received_on")
            XCTAssertEqual(error.code, "31/02/2026")
        }
    }

    func testJSONStoredAsTextReadsBackAndTextThatIsNotItsJSONIsAnError() async throws {
        let request = try await anyRequest()
        request.answers = ["bin_type": "Garden", "colour": "Green"]
        try await request.update(on: app.db)
        let stored = try await sql.select().column("answers").from(ServiceRequest.schema)
            .where("id", .equal, request.id!).first(decoding: [String: String].self)
        XCTAssertEqual(stored?["answers"], #"{"bin_type":"Garden","colour":"Green"}"#)
        let reread = try await ServiceRequest.find(request.id, on: app.db)
        XCTAssertEqual(reread?.answers, ["bin_type": "Garden", "colour": "Green"])

        // Before, answers that were not JSON read as no answers at all.
        try await sql.update(ServiceRequest.schema).set("answers", to: "bin_type=Garden")
            .where("id", .equal, request.id!).run()

        do {
            _ = try await ServiceRequest.find(request.id, on: app.db)
            XCTFail("answers stored as “bin_type=Garden” were read")
        } catch let error as UnknownStoredCode {
            XCTAssertEqual(error.field, "answers")
        }
    }
}
