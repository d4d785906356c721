import Vapor

/// The organisation's records: councils, partnerships, units, people, councillors and their
/// positions. Their pages are Core's record pages (`RecordListPage`, `RecordEditPage`), so this
/// area has no pages of its own.
enum OrganisationRoutes {
    static func register(on routes: RoutesBuilder) {
        RecordRoutes<Council>.register(on: routes)
        RecordRoutes<Partnership>.register(on: routes)
        RecordRoutes<Delegation>.register(on: routes)
        RecordRoutes<JointCommitteeMember>.register(on: routes)
        RecordRoutes<Unit>.register(on: routes)
        RecordRoutes<Person>.register(on: routes)
        RecordRoutes<Councillor>.register(on: routes)
        RecordRoutes<Position>.register(on: routes)
        APIRoutes<Unit>.register(on: routes)
        APIRoutes<Person>.register(on: routes)
        APIRoutes<Councillor>.register(on: routes)
    }
}
