import BeaconDomain
import Fluent
import Plot
import Vapor

extension HomePage {
    static func register(on routes: RoutesBuilder) {
        routes.route(.GET, .home, access: .published) { request in
            let signedIn = request.signedIn
            var positions: [Position] = []
            if let userID = signedIn?.userID, let user = try await User.find(userID, on: request.db), let councillor = user.councillorID {
                positions = try await Position.query(on: request.db).filter(\.$councillorID == councillor).sort(\.$startsOn, .descending).all()
            }
            let councils = try await CouncilLink.open(on: request.db)
            let owed = try await signedIn.asyncMap { try await OwedValues.load(for: $0, on: request.db) } ?? []
            let sent = try await signedIn.asyncMap { try await NoticesSentSection.load(for: $0, on: request.db) } ?? []
            let reports = try await signedIn.asyncMap {
                try await OwedReport.load(for: $0, today: UKTime.day(of: request.now), on: request.db)
            } ?? []
            let page = HomePage(signedIn: signedIn, positions: positions, councils: councils, owed: owed,
                noticesSent: sent,
                                owedReports: reports)
            return Layout.response(page.render(in: request.layoutContext))
        }
    }
}

extension AdminPage {
    static func register(on routes: RoutesBuilder) {
        routes.route(.GET, .admin, access: .administer) { request in
            Layout.response(AdminPage().render(in: request.layoutContext))
        }
    }
}
