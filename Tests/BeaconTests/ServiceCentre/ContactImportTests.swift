@testable import Beacon
import BeaconDomain
import Fluent
import FluentSQLiteDriver
import XCTVapor

/// `beacon import contacts`: idempotent, bad rows reported by line and reason, rollups kept.
final class ContactImportTests: ServiceCentreTestCase {
    func testImportingAFileTwiceChangesNothingTheSecondTime() async throws {
        let path = try file([
            "t1,phone,MISSED_BIN,\(try today("09:00:00")),\(try today("09:00:20")),\(try today("09:03:40")),A1,resolved",
            "t2,phone,MISSED_BIN,\(try today("09:01:00")),\(try today("09:01:21")),\(try today("09:02:00")),A1,transferred",
            "t3,phone,NOISE,\(try today("09:02:00")),,\(try today("09:02:30")),,abandoned",
        ])
        let before = try await todaysTally()

        let first = try await importOnCommandLine(path)
        let afterFirst = try await todaysTally()
        let contacts = try await Contact.query(on: app.db).count()
        let second = try await importOnCommandLine(path)

        XCTAssertEqual([first.inserted, first.duplicates, first.rejected], [3, 0, 0])
        XCTAssertEqual([second.inserted, second.duplicates, second.rejected], [0, 3, 0])
        let afterSecond = try await todaysTally()
        XCTAssertEqual(afterSecond, afterFirst, "the rollups did not count the file twice")
        let count = try await Contact.query(on: app.db).count()
        XCTAssertEqual(count, contacts)
        XCTAssertEqual(afterFirst.contacts - before.contacts, 3)
        XCTAssertEqual(afterFirst.answeredWithin - before.answeredWithin, 1, "20 s is within 20 s; 21 s is not")
        XCTAssertEqual(afterFirst.abandoned - before.abandoned, 1)
        let bins = try await Contact.query(on: app.db).filter(\.$sourceID == "t1").first()
        XCTAssertEqual(bins?.serviceCode, "MISSED_BIN", "a queue named by a service's code is that service")
    }

    func testAnOverlappingFileAddsOnlyItsNewContactsToTheRollups() async throws {
        let earlier = try file([
            "o1,phone,MISSED_BIN,\(try today("08:00:00")),\(try today("08:00:10")),\(try today("08:05:00")),A1,resolved",
            "o2,phone,MISSED_BIN,\(try today("08:01:00")),\(try today("08:01:40")),\(try today("08:06:00")),A1,resolved",
        ])
        let overlapping = try file([
            "o2,phone,MISSED_BIN,\(try today("08:01:00")),\(try today("08:01:40")),\(try today("08:06:00")),A1,resolved",
            "o3,phone,MISSED_BIN,\(try today("08:02:00")),,\(try today("08:02:30")),,abandoned",
            "o3,phone,MISSED_BIN,\(try today("08:02:00")),,\(try today("08:02:30")),,abandoned",
        ])
        _ = try await importOnCommandLine(earlier)
        let before = try await todaysTally()

        let run = try await importOnCommandLine(overlapping)

        XCTAssertEqual([run.inserted, run.duplicates, run.rejected], [1, 2, 0], "o2 was there; o3 came twice")
        let after = try await todaysTally()
        XCTAssertEqual(after.contacts - before.contacts, 1)
        XCTAssertEqual(after.abandoned - before.abandoned, 1)
        XCTAssertEqual(after.answered, before.answered)
        let bulk = try await ContactBulkLog.open(council: council, source: "test", on: app.db)
        XCTAssertEqual(bulk != nil, app.db is SQLiteDatabase, "SQLite files take imports through Beacon's own connection")
    }

    /// Run on SQLite (the bulk path) and on PostgreSQL (through Fluent): the same commits either way.
    func testAnImportRefreshesTheFedIndicatorsOnceWhenAllItsBatchesAreIn() async throws {
        let council = try await council
        let offered = try await record(Indicator.self, where: \.$code, is: "LPI 14a")
        let quarter = ReportingPeriod(containing: today, kind: offered.frequency.periodKind)
        let fedValue = { try await IndicatorValue.query(on: self.app.db).filter(\.$indicatorID == offered.id!)
            .filter(\.$period == quarter).filter(\.$kind == ValueKind.actual).first() }
        let before = try await XCTUnwrapAsync(await fedValue())
        // Three answered calls today: each is offered (none is a short abandon).
        let path = try file(try (1...3).map { number in
            "fed-\(number),phone,COUNCIL_TAX,\(try today("09:0\(number):00")),\(try today("09:0\(number):10")),"
                + "\(try today("09:0\(number):50")),A1,resolved"
        })
        var importer = ContactImport(council: council, source: "test", clock: app.clock)
        importer.batchSize = 2

        let run = try await importer.start(path: path, fileName: "fed.csv", by: nil, on: app.db)
        try await importer.run(run, path: path, by: nil, on: app.db)

        XCTAssertEqual(run.inserted, 3)
        let after = try await XCTUnwrapAsync(await fedValue())
        let figures = [before, after].compactMap { $0.value.flatMap { Decimal(string: $0) } }
        XCTAssertEqual(figures.count, 2)
        XCTAssertEqual(figures.last.map { $0 - figures[0] }, 3, "the three calls are in this quarter's figure")
        XCTAssertEqual(after.version, before.version + 1, "two batches, one refresh of the feed")
    }

    func testBadRowsAreReportedByLineAndTheRestImported() async throws {
        let path = try file([
            "g1,phone,COUNCIL_TAX,\(try today("10:00:00")),\(try today("10:00:05")),\(try today("10:04:00")),A2,resolved",
            "b1,phone,COUNCIL_TAX,yesterday,,\(try today("10:04:00")),,abandoned",
            "b2,carrier pigeon,,\(try today("10:00:00")),,\(try today("10:04:00")),,abandoned",
            "b3,phone,,\(try today("10:00:00")),\(try today("09:59:00")),\(try today("10:04:00")),A2,resolved",
            "g2,email,,\(try today("10:00:00")),\(try today("11:00:00")),\(try today("11:10:00")),A3,resolved",
            "b4,phone,COUNCIL_TAX,\(try today("10:00:00"))",
        ])

        let run = try await importOnCommandLine(path)

        XCTAssertEqual([run.inserted, run.rejected], [2, 4])
        XCTAssertTrue(run.problems.contains("line 3: arrived_at “yesterday” is not a date-time"), run.problems)
        XCTAssertTrue(run.problems.contains("line 4: channel “carrier pigeon” is not one of"), run.problems)
        XCTAssertTrue(run.problems.contains("line 5: answered_at is before arrived_at"), run.problems)
        XCTAssertTrue(run.problems.contains("line 7: the row has 4 fields, the header has 8"), run.problems)
        XCTAssertNil(run.failure)
        XCTAssertNotNil(run.finishedAt)
        let imported = try await Contact.from("test", on: app.db).all().map(\.sourceID).sorted()
        XCTAssertEqual(imported, ["g1", "g2"])
    }

    func testSavesMadeWhileAFileIsImportedWaitTheirTurnAndSucceed() async throws {
        // December 2026: saves made during an import failed with "database is locked".
        let admin = try await signIn(DemoData.administratorEmail)
        let times = [try today("08:00:00"), try today("08:00:10"), try today("08:03:00")]
        let path = try file((1...20_000).map { "busy-\($0),phone,COUNCIL_TAX,\(times.joined(separator: ",")),A1,resolved" })
        let saves = try (1...30).map {
            try formPost(SiteURL.list(.units).path, ["name": "Team saved during an import \($0)", "kind": "team"], as: admin)
        }

        let app = try XCTUnwrap(self.app)
        let importing = Task.detached { try await ServiceCentreTestCase.importOnCommandLine(path, into: app) }
        try await Task.sleep(for: .milliseconds(50))
        let statuses = try await atOnce(saves)
        let run = try await importing.value

        XCTAssertEqual(statuses, Array(repeating: .seeOther, count: saves.count))
        XCTAssertEqual(run.inserted, 20_000)
        XCTAssertNil(run.failure)
    }

    func testAFileWithoutTheFormatsColumnsIsRefusedWhole() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wrong-\(UUID().uuidString).csv").path
        try "id,when\n1,2026-03-02\n".write(toFile: path, atomically: true, encoding: .utf8)

        let run = try await importOnCommandLine(path)

        XCTAssertEqual(run.inserted, 0)
        XCTAssertTrue(run.failure?.contains("The header row lacks the columns contact_id, channel") == true, run.failure ?? "")
    }

    func testANewerBankHolidaysFileChangesWorkingDays() async throws {
        let shipped = try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Sources/Beacon/ServiceCentre/Data/bank-holidays.json"))
        var file = try XCTUnwrap(JSONSerialization.jsonObject(with: shipped) as? [String: [String: Any]])
        var england = try XCTUnwrap(file["england-and-wales"]?["events"] as? [[String: Any]])
        england.append(["title": "A proclaimed day", "date": "2027-06-07", "notes": "", "bunting": true])
        file["england-and-wales"]?["events"] = england
        let monday = try XCTUnwrap(CalendarDate(iso: "2027-06-07"))
        let before = try await council.workingDays.isWorkingDay(monday)

        let years = try await BankHolidayFile.importFile(try JSONSerialization.data(withJSONObject: file), on: app.db)

        XCTAssertTrue(before)
        XCTAssertEqual(years, 2012...2028)
        let after = try await council.workingDays.isWorkingDay(monday)
        XCTAssertFalse(after)
        do {
            _ = try await BankHolidayFile.importFile(Data("{}".utf8), on: app.db)
            XCTFail("an empty file was taken")
        } catch let problem as PublishedBankHolidays.Problem {
            XCTAssertTrue(problem.description.hasPrefix("The file has no bank holidays for"))
        }
        try await BankHolidayFile.loadLatest(on: app.db)
        let kept = try await council.workingDays.isWorkingDay(monday)
        XCTAssertFalse(kept, "the imported file is used again after a restart")
    }
}

/// The upload page: the file streams in, the import runs in the background, its page shows progress.
final class ContactUploadTests: ServiceCentreTestCase {
    let imports = SiteURL.contactImports(council: "wrenmoor").path

    func testAPerformanceOfficerUploadsAFileAndWatchesItFinish() async throws {
        let performance = try await signIn("performance@wrenmoor.example")
        let csv = [Self.header, "u1,web,,\(try today("06:00:00")),\(try today("06:10:00")),\(try today("06:12:00")),A5,resolved",
                   "u2,fax,,\(try today("06:00:00")),,\(try today("06:01:00")),,abandoned"].joined(separator: "\n")

        let response = try await multipart(imports, fields: ["_csrf": performance.token, "source": "web forms"],
                                           file: (name: "morning.csv", bytes: Array(csv.utf8)), as: performance)

        XCTAssertEqual(response.status, .seeOther)
        let location = try XCTUnwrap(response.headers.first(name: .location))
        var page = try await get(location, as: performance)
        for _ in 0..<50 where page.body.string.contains("Running") {
            try await Task.sleep(for: .milliseconds(100))
            page = try await get(location, as: performance)
        }
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("Finished"), page.body.string)
        XCTAssertTrue(page.body.string.contains("<progress id=\"import-progress\" max=\"2\" value=\"2\">"))
        XCTAssertTrue(page.body.string.contains("Contacts imported: 1; already there: 0; refused: 1."))
        XCTAssertTrue(page.body.string.contains("line 3: channel “fax”"))
        let contact = try await Contact.from("web forms", on: app.db).filter(\.$sourceID == "u1").first()
        XCTAssertNotNil(contact, "the contact is the named source's")
        let list = try await get(imports, as: performance)
        XCTAssertTrue(list.body.string.contains("morning.csv"))
    }

    func testAnAgentMayNotImportAndAFormWithoutItsTokenIsRefused() async throws {
        let agent = try await signIn("agent@wrenmoor.example")
        let performance = try await signIn("performance@wrenmoor.example")
        let csv = Array("\(Self.header)\n".utf8)

        let byAgent = try await multipart(imports, fields: ["_csrf": agent.token], file: (name: "a.csv", bytes: csv), as: agent)
        let noToken = try await multipart(imports, fields: [:], file: (name: "a.csv", bytes: csv), as: performance)
        let notMultipart = try await post(imports, ["source": "x"], as: performance)
        let pageForAgent = try await get(imports, as: agent)
        let unknownRun = try await get(SiteURL.contactImport(council: "wrenmoor", .id(UUID())).path, as: performance)

        XCTAssertEqual(byAgent.status, .forbidden)
        XCTAssertEqual(noToken.status, .forbidden)
        XCTAssertEqual(notMultipart.status, .badRequest)
        XCTAssertTrue(notMultipart.body.string.contains("Send the file from the upload form"))
        XCTAssertEqual(pageForAgent.status, .forbidden)
        XCTAssertEqual(unknownRun.status, .notFound)
        let runs = try await ContactImportRun.query(on: app.db).count()
        XCTAssertEqual(runs, 0)
    }
}
