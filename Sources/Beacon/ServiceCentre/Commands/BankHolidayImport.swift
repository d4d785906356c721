import BeaconDomain
import Fluent
import NIOConcurrencyHelpers
import Vapor

/// A newer gov.uk bank holidays file loaded with `beacon holidays import`; the latest one is
/// used instead of the file Beacon ships with.
final class BankHolidayImport: Model, Audited, @unchecked Sendable {
    static let schema = "bank_holiday_imports"
    static let auditType = "bank holidays file"

    @ID(key: .id) var id: UUID?
    @Field(key: "imported_at") var importedAt: Date
    @Field(key: "first_year") var firstYear: Int
    @Field(key: "last_year") var lastYear: Int
    @Field(key: "file") var fileBytes: Data

    init() {}

    var auditTitle: String { "Bank holidays \(firstYear) to \(lastYear)" }
    var auditCouncilID: UUID? { nil }
}

/// The bank holidays every council's working days are counted with: gov.uk's file as shipped
/// in `ServiceCentre/Data`, or the newest imported one. Held for the whole process because
/// every deadline asks for it.
enum BankHolidayFile {
    static let shipped: PublishedBankHolidays = {
        guard let url = Bundle.module.url(forResource: "bank-holidays", withExtension: "json"),
              let data = try? Data(contentsOf: url), let holidays = try? PublishedBankHolidays.parse(data)
        else { fatalError("Beacon's bank holidays file is missing from the package or unreadable.") }
        return holidays
    }()

    private static let current = NIOLockedValueBox<PublishedBankHolidays?>(nil)

    static var published: PublishedBankHolidays { current.withLockedValue { $0 } ?? shipped }

    /// Uses the newest imported file, if there is one; Beacon calls it as it starts.
    static func loadLatest(on db: Database) async throws {
        let latest = try await BankHolidayImport.query(on: db).sort(\.$importedAt, .descending).first()
        let holidays = try latest.map { try PublishedBankHolidays.parse($0.fileBytes) }
        current.withLockedValue { $0 = holidays }
    }

    /// Checks and stores a newer file, and uses it from now on; says which years it covers.
    static func importFile(_ data: Data, on db: Database) async throws -> ClosedRange<Int> {
        let holidays = try PublishedBankHolidays.parse(data)
        guard let years = holidays.years(for: .england) else { throw PublishedBankHolidays.Problem("The file has no bank holidays.") }
        let record = BankHolidayImport()
        (record.importedAt, record.firstYear, record.lastYear, record.fileBytes) = (BeaconClock.current.now(), years.lowerBound, years.upperBound, data)
        try await db.write { tx in
            try await record.create(on: tx)
            try await AuditTrail.record(.create, record, before: nil, by: nil, on: tx)
        }
        current.withLockedValue { $0 = holidays }
        return years
    }
}
