import BeaconDomain
import Fluent
import Vapor

/// A council's indicators as one reader sees them: the public and councillors see verified
/// values only; the council's staff see everything.
struct CouncilView: Sendable {
    let council: Council
    let signedIn: SignedIn?
    let mayReadUnverified: Bool
    let today: CalendarDate

    var slug: String { council.slug }
    var councilID: UUID { council.id! }
    var results: IndicatorResults { IndicatorResults(council: council, verifiedOnly: !mayReadUnverified, today: today) }

    func may(_ action: Action) -> Bool { AccessPolicy.decide(signedIn?.actor, action) == .allowed }

    func mayEnter(_ indicator: Indicator) -> Bool {
        indicator.dataSource != .calculated && may(.enterIndicatorValues(council: councilID, unit: indicator.owningUnitID))
    }

    var mayVerify: Bool { may(.verifyIndicatorValues(council: councilID)) }
    var maySetTargets: Bool { may(.setTargets(council: councilID)) }
}

extension Request {
    /// The council named by the `:council` slug in the path; 404 if there is none.
    func councilView() async throws -> CouncilView {
        let slug = parameters.get("council") ?? ""
        guard let council = try await Council.query(on: db).filter(\.$slug == slug).first() else {
            throw Abort(.notFound, reason: "There is no council with the short name “\(slug)”.")
        }
        let allowed = AccessPolicy.decide(signedIn?.actor, .readUnverifiedValues(council: try council.requireID())) == .allowed
        return CouncilView(council: council, signedIn: signedIn, mayReadUnverified: allowed, today: UKTime.day(of: now))
    }

    /// An indicator of the council in the path, by the `:id` parameter; 404 otherwise.
    func indicator(in view: CouncilView) async throws -> Indicator {
        guard let id = parameters.get("id", as: UUID.self),
              let indicator = try await Indicator.query(on: db).filter(\.$id == id).filter(\.$councilID == view.councilID).first() else {
            throw Abort(.notFound, reason: "There is no indicator with that id in \(view.council.name).")
        }
        return indicator
    }

    /// The `:period` parameter, which must be one of the indicator's periods.
    func period(of indicator: Indicator) throws -> ReportingPeriod {
        let key = parameters.get("period") ?? ""
        guard let period = ReportingPeriod(key: key), period.kind == indicator.frequency.periodKind else {
            throw Abort(.notFound, reason: "“\(key)” is not one of \(indicator.code)'s \(indicator.frequency.title.lowercased()) periods.")
        }
        return period
    }

    /// What an entry form needs: the council, the indicator and period in the path, and a
    /// signed-in user of that council who may enter the indicator's values.
    func indicatorPeriodForEntry() async throws -> (view: CouncilView, indicator: Indicator, period: ReportingPeriod, signedIn: SignedIn) {
        let view = try await councilView()
        let signedIn = try requireOwnCouncil(view)
        let indicator = try await indicator(in: view)
        try require(.enterIndicatorValues(council: view.councilID, unit: indicator.owningUnitID))
        return (view, indicator, try period(of: indicator), signedIn)
    }

    /// The signed-in user's own council, or 403 for another council's pages.
    func requireOwnCouncil(_ view: CouncilView) throws -> SignedIn {
        let signedIn = try requireSignedIn()
        guard signedIn.actor.councilID == view.councilID else { throw Abort(.forbidden, reason: "This belongs to another council.") }
        return signedIn
    }
}
