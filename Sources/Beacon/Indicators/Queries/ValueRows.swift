import BeaconDomain
import Foundation
import Fluent
import SQLKit

/// Indicators' values and targets, for chosen periods or all, read with SQLKit and put into their
/// models field by field. Fluent's own decoding reflects on every model it makes, which was
/// most of the scorecard's time; codes are read as strictly as `@Coded` reads them.
enum ValueRows {
    /// The indicators' values for the periods, or for every period when `periods` is nil.
    static func values(of indicators: [UUID], in periods: [ReportingPeriod]? = nil,
                       on sql: SQLDatabase) async throws -> [IndicatorValue] {
        try await rows(of: indicators, in: periods, from: IndicatorValue.schema, on: sql).map(value)
    }

    /// The indicators' targets for the periods, or for every period when `periods` is nil.
    static func targets(of indicators: [UUID], in periods: [ReportingPeriod]? = nil,
                        on sql: SQLDatabase) async throws -> [IndicatorTarget] {
        try await rows(of: indicators, in: periods, from: IndicatorTarget.schema, on: sql).map(target)
    }

    private static func rows(of indicators: [UUID], in periods: [ReportingPeriod]?, from table: String,
                             on sql: SQLDatabase) async throws -> [SQLRow] {
        guard !indicators.isEmpty, periods?.isEmpty != true else { return [] }
        let query = sql.select().column("*").from(table).where("indicator_id", .in, SQLBind.group(indicators))
        if let periods { query.where("period", .in, SQLBind.group(periods.map(\.key))) }
        return try await query.all()
    }

    private static func value(_ row: SQLRow) throws -> IndicatorValue {
        let value = IndicatorValue()
        value.id = try row.decode(column: "id", as: UUID.self)
        value.councilID = try row.decode(column: "council_id", as: UUID.self)
        value.indicatorID = try row.decode(column: "indicator_id", as: UUID.self)
        value.period = try row.code("period", in: IndicatorValue.self)
        value.periodStart = try row.decode(column: "period_start", as: String.self)
        value.kind = try row.code("kind", in: IndicatorValue.self)
        value.value = try row.decode(column: "value", as: String?.self)
        value.missingReason = try row.optionalCode("missing_reason", in: IndicatorValue.self)
        value.commentary = try row.decode(column: "commentary", as: String?.self)
        value.calculationNote = try row.decode(column: "calculation_note", as: String?.self)
        value.revision = try row.decode(column: "revision", as: Int.self)
        value.enteredBy = try row.decode(column: "entered_by", as: String.self)
        value.enteredAt = try row.decode(column: "entered_at", as: Date.self)
        value.verifiedBy = try row.decode(column: "verified_by", as: String?.self)
        value.verifiedAt = try row.decode(column: "verified_at", as: Date?.self)
        value.restatementReason = try row.decode(column: "restatement_reason", as: String?.self)
        value.status = try row.optionalCode("status", in: IndicatorValue.self)
        value.judgedTolerance = try row.decode(column: "judged_tolerance", as: String?.self)
        value.version = try row.decode(column: "version", as: Int.self)
        return value
    }

    private static func target(_ row: SQLRow) throws -> IndicatorTarget {
        let target = IndicatorTarget()
        target.id = try row.decode(column: "id", as: UUID.self)
        target.councilID = try row.decode(column: "council_id", as: UUID.self)
        target.indicatorID = try row.decode(column: "indicator_id", as: UUID.self)
        target.period = try row.code("period", in: IndicatorTarget.self)
        target.periodStart = try row.decode(column: "period_start", as: String.self)
        target.value = try row.decode(column: "value", as: String.self)
        target.high = try row.decode(column: "high", as: String?.self)
        target.tolerance = try row.decode(column: "tolerance", as: String?.self)
        target.setBy = try row.decode(column: "set_by", as: String.self)
        target.version = try row.decode(column: "version", as: Int.self)
        return target
    }
}
