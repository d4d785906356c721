import BeaconDomain
import Fluent
import Vapor

/// The demo councils' members, with a leader, a cabinet of portfolio holders and a scrutiny
/// committee.
enum DemoCouncillors {
    static let wrenmoor: [(String, String, String)] = [
        ("Janet Holloway", "Abbey", "Liberal Democrat"),
        ("Robert Kinsella", "Brookside", "Liberal Democrat"),
        ("Fatima Rahman", "Castle Hill", "Liberal Democrat"),
        ("Peter Whitcombe", "Denby Marsh", "Liberal Democrat"),
        ("Eleanor Grice", "Eastgate", "Liberal Democrat"),
        ("Samuel Otway", "Fernlea", "Liberal Democrat"),
        ("Gillian Brough", "Greenholme", "Liberal Democrat"),
        ("Alan Prendergast", "Hartwell", "Conservative"),
        ("Maureen Tillett", "Kingsmead", "Conservative"),
        ("Jonathan Crewe", "Longacre", "Conservative"),
        ("Deborah Lomax", "Millbrook", "Conservative"),
        ("Kevin Ashworth", "Northfield", "Conservative"),
        ("Harjit Sandhu", "Oakhurst", "Labour"),
        ("Yvonne Pickering", "Priory", "Labour"),
        ("Michael Dunmore", "Riverside", "Labour"),
        ("Carol Fenwick", "St Anne's", "Labour"),
        ("Stuart Ibbotson", "Thornbeck", "Independent"),
        ("Rachel Moody", "Upper Wrenmoor", "Independent"),
        ("Graham Esterby", "Westcroft", "Green"),
        ("Linda Carrow", "Yewdale", "Green"),
    ]

    /// Councillor, kind, portfolio or committee.
    static let positions: [(String, PositionKind, String?)] = [
        ("Janet Holloway", .leader, nil),
        ("Janet Holloway", .cabinetMember, nil),
        ("Robert Kinsella", .deputyLeader, nil),
        ("Robert Kinsella", .cabinetMember, nil),
        ("Robert Kinsella", .portfolioHolder, "finance and resources"),
        ("Fatima Rahman", .cabinetMember, nil),
        ("Fatima Rahman", .portfolioHolder, "customer services"),
        ("Peter Whitcombe", .cabinetMember, nil),
        ("Peter Whitcombe", .portfolioHolder, "housing"),
        ("Eleanor Grice", .cabinetMember, nil),
        ("Eleanor Grice", .portfolioHolder, "environment and waste"),
        ("Samuel Otway", .cabinetMember, nil),
        ("Samuel Otway", .portfolioHolder, "community safety"),
        ("Alan Prendergast", .committeeChair, "Overview and Scrutiny Committee"),
        ("Harjit Sandhu", .committeeViceChair, "Overview and Scrutiny Committee"),
        ("Maureen Tillett", .committeeMember, "Overview and Scrutiny Committee"),
        ("Yvonne Pickering", .committeeMember, "Overview and Scrutiny Committee"),
        ("Stuart Ibbotson", .committeeMember, "Overview and Scrutiny Committee"),
        ("Graham Esterby", .committeeMember, "Overview and Scrutiny Committee"),
        ("Gillian Brough", .committeeMember, "Overview and Scrutiny Committee"),
    ]

    static let termStarts = CalendarDate(year: 2023, month: 5, day: 8)!

    static func load(for council: UUID, on db: Database) async throws -> [String: UUID] {
        let ids = try await create(wrenmoor, council: council, domain: "wrenmoor", on: db)
        for (name, kind, detail) in positions {
            try await position(councillor: ids[name]!, council: council, kind: kind, detail: detail, starts: termStarts, ends: nil, on: db)
        }
        // An earlier portfolio holder, so documents from before the change still name them.
        try await position(councillor: ids["Gillian Brough"]!, council: council, kind: .portfolioHolder, detail: "customer services",
                           starts: CalendarDate(year: 2019, month: 5, day: 13)!, ends: CalendarDate(year: 2023, month: 5, day: 7)!, on: db)
        return ids
    }

    static func castlebeck(for council: UUID, on db: Database) async throws -> [String: UUID] {
        try await create([("Owen Tremayne", "Harbourside", "Labour"), ("Patricia Quill", "Mill Lane", "Conservative"),
                          ("Derek Amos", "Beckside", "Labour")], council: council, domain: "castlebeck", on: db)
    }

    private static func create(_ members: [(String, String, String)], council: UUID, domain: String, on db: Database) async throws -> [String: UUID] {
        var ids: [String: UUID] = [:]
        for (index, (name, ward, party)) in members.enumerated() {
            let councillor = Councillor()
            councillor.councilID = council
            councillor.name = name
            councillor.ward = ward
            councillor.party = party
            councillor.email = "cllr." + name.lowercased().replacingOccurrences(of: " ", with: ".") + "@\(domain).example"
            councillor.phone = String(format: "07700 900%03d", index + (domain == "wrenmoor" ? 100 : 200))
            councillor.version = 1
            try await councillor.create(on: db)
            ids[name] = try councillor.requireID()
        }
        return ids
    }

    private static func position(councillor: UUID, council: UUID, kind: PositionKind, detail: String?,
                                 starts: CalendarDate, ends: CalendarDate?, on db: Database) async throws {
        let position = Position()
        position.councilID = council
        position.councillorID = councillor
        position.kind = kind
        position.area = kind.needsArea ? detail : nil
        position.body = kind.needsBody ? detail : nil
        position.startsOn = starts
        position.endsOn = ends
        position.version = 1
        try await position.create(on: db)
    }
}
