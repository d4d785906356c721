import BeaconDomain
import Fluent
import Vapor

extension OpenDatasetRows {
    /// The service centre's measures for each month from the start of last financial year to
    /// this month: counts and shares only.
    func serviceCentre() async throws -> [[String?]] {
        let first = ReportingPeriod(containing: view.today, kind: .year).previous.start
        let months = try await ServiceCentreMonth.load(council: view.councilID, from: first, through: view.today,
                                                       on: db)
        return months.reversed().map { figures in
            let calls = figures.calls
            return [String(figures.month.start.iso.prefix(7)), number(.offered, calls), number(.answered, calls),
                    number(.answeredWithin, calls), share(.serviceLevel, calls), share(.abandonmentRate, calls),
                    share(.firstContactResolution, figures.contacts), String(figures.raised), String(figures.closed),
                    String(figures.closedWithinStandard)]
        }
    }

    /// Each financial year from the first complaint's to this one, newest first.
    func complaints() async throws -> [[String?]] {
        guard let earliest = try await Complaint.query(on: db).filter(\.$councilID == view.councilID)
            .sort(\.$receivedOn).first() else { return [] }
        let firstYear = ReportingPeriod(containing: earliest.receivedOn, kind: .year).startYear
        let lastYear = ReportingPeriod(containing: view.today, kind: .year).startYear
        var rows: [[String?]] = []
        for year in (firstYear...lastYear).reversed() {
            let period = ReportingPeriod.year(year)
            let m = try await ComplaintFigures.load(council: view.council, from: period.start, to: period.end,
                on: db).total
            let upheld = (m.outcomes[.upheld] ?? 0) + (m.outcomes[.partlyUpheld] ?? 0)
            rows.append([period.yearLabel] + [m.received, m.acknowledged, m.acknowledgedInTime, m.stage1Responses,
                                              m.stage1InTime, m.escalated, m.stage2Responses, m.stage2InTime, upheld,
                                              m.outcomes[.notUpheld] ?? 0, m.ombudsmanReferrals].map(String.init))
        }
        return rows
    }

    private func number(_ measure: ContactMeasure, _ tally: ContactTally) -> String? {
        measure.value(tally).map { String(Int($0)) }
    }

    /// A share to one decimal place, as plain digits for a spreadsheet ("81.3"); empty with nothing to divide.
    private func share(_ measure: ContactMeasure, _ tally: ContactTally) -> String? {
        measure.value(tally).map { String(format: "%.1f", $0) }
    }
}
