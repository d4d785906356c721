import BeaconDomain
import Foundation
import Fluent
import SQLKit

/// Indicators' values and targets for chosen periods, read with SQLKit and put into their
/// models field by field. Fluent's own decoding reflects on every model it makes, which was
/// most of the scorecard's time; codes are read as strictly as `@Coded` reads them.
enum ValueRows {
    static func values(of indicators: [UUID], in periods: [ReportingPeriod],
                       on sql: SQLDatabase) async throws -> [IndicatorValue] {
        guard !indicators.isEmpty, !periods.isEmpty else { return [] }
        let rows = try await sql.select().column("*").from(IndicatorValue.schema)
            .where("indicator_id", .in, SQLBind.group(indicators))
            .where("period", .in, SQLBind.group(periods.map(\.key))).all()
        return try rows.map(value)
    }

    static func targets(of indicators: [UUID], in periods: [ReportingPeriod],
                        on sql: SQLDatabase) async throws -> [IndicatorTarget] {
        guard !indicators.isEmpty, !periods.isEmpty else { return [] }
        let rows = try await sql.select().column("*").from(IndicatorTarget.schema)
            .where("indicator_id", .in, SQLBind.group(indicators))
            .where("period", .in, SQLBind.group(periods.map(\.key))).all()
        return try rows.map(target)
    }

    private static func value(_ row: SQLRow) throws -> IndicatorValue {
        let value = IndicatorValue()
        value.id = try row.decode(column: "id", as: UUID.self)
        value.councilID = try row.decode(column: "council_id", as: UUID.self)
        value.indicatorID = try row.decode(column: "indicator_id", as: UUID.self)
        value.period = try code(row, "period", in: IndicatorValue.self)
        value.periodStart = try row.decode(column: "period_start", as: String.self)
        value.kind = try code(row, "kind", in: IndicatorValue.self)
        value.value = try row.decode(column: "value", as: String?.self)
        value.missingReason = try optionalCode(row, "missing_reason", in: IndicatorValue.self)
        value.commentary = try row.decode(column: "commentary", as: String?.self)
        value.calculationNote = try row.decode(column: "calculation_note", as: String?.self)
        value.revision = try row.decode(column: "revision", as: Int.self)
        value.enteredBy = try row.decode(column: "entered_by", as: String.self)
        value.enteredAt = try row.decode(column: "entered_at", as: Date.self)
        value.verifiedBy = try row.decode(column: "verified_by", as: String?.self)
        value.verifiedAt = try row.decode(column: "verified_at", as: Date?.self)
        value.restatementReason = try row.decode(column: "restatement_reason", as: String?.self)
        value.status = try optionalCode(row, "status", in: IndicatorValue.self)
        value.judgedTolerance = try row.decode(column: "judged_tolerance", as: String?.self)
        value.version = try row.decode(column: "version", as: Int.self)
        return value
    }

    private static func target(_ row: SQLRow) throws -> IndicatorTarget {
        let target = IndicatorTarget()
        target.id = try row.decode(column: "id", as: UUID.self)
        target.councilID = try row.decode(column: "council_id", as: UUID.self)
        target.indicatorID = try row.decode(column: "indicator_id", as: UUID.self)
        target.period = try code(row, "period", in: IndicatorTarget.self)
        target.periodStart = try row.decode(column: "period_start", as: String.self)
        target.value = try row.decode(column: "value", as: String.self)
        target.high = try row.decode(column: "high", as: String?.self)
        target.tolerance = try row.decode(column: "tolerance", as: String?.self)
        target.setBy = try row.decode(column: "set_by", as: String.self)
        target.version = try row.decode(column: "version", as: Int.self)
        return target
    }

    private static func code<T: StoredCode, M>(_ row: SQLRow, _ column: String, in model: M.Type) throws -> T {
        let text = try row.decode(column: column, as: String.self)
        guard let found = T(storedCode: text) else {
            throw UnknownStoredCode(model: "\(M.self)", field: column, code: text)
        }
        return found
    }

    private static func optionalCode<T: StoredCode, M>(_ row: SQLRow, _ column: String, in model: M.Type) throws -> T? {
        guard let text = try row.decode(column: column, as: String?.self) else { return nil }
        guard let found = T(storedCode: text) else {
            throw UnknownStoredCode(model: "\(M.self)", field: column, code: text)
        }
        return found
    }
}
