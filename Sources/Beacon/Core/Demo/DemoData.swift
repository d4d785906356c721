import BeaconDomain
import Fluent
import Vapor

/// The invented councils Beacon starts with on its first run, so there is something to look
/// at: Wrenmoor District Council, Castlebeck Borough Council and their shared customer
/// services partnership. Every name is made up.
enum DemoData {
    /// A date written in the demo's own content; one that is not a date is a mistake in that content.
    static func day(_ iso: String) -> CalendarDate {
        guard let day = CalendarDate(iso: iso) else { preconditionFailure("The demo names \(iso) as a date") }
        return day
    }

    static let password = "beacon-demo-2026"
    static let administratorEmail = "admin@wrenmoor.example"

    /// The demo users, one for each role; the README lists the same.
    static let users: [(email: String, name: String, role: Role, unit: String?)] = [
        ("admin@wrenmoor.example", "Neil Forsyth", .administrator, nil),
        ("performance@wrenmoor.example", "Tom Ridley", .performanceOfficer, nil),
        ("democratic@wrenmoor.example", "Claire Hollis", .democraticServices, nil),
        ("agent@wrenmoor.example", "Sophie Kaur", .serviceCentreAgent, nil),
        ("head.customer@wrenmoor.example", "Helen Marsh", .headOfUnit, "Customer Services Division"),
        ("officer.contact@wrenmoor.example", "Gareth Pryce", .officer, "Contact Centre"),
        ("officer.policy@wrenmoor.example", "Priya Lambert", .officer, "Policy and Performance"),
        ("councillor@wrenmoor.example", "Cllr Janet Holloway", .councillor, nil),
        ("dpo@wrenmoor.example", "Rachel Okafor", .dataProtectionOfficer, nil),
    ]

    /// Loads everything; `contactsPerWeekday` sizes the service centre's year of contacts
    /// (about 270 times it in all: 1,100 makes the 300,000 of a district council's year).
    static func load(on db: Database, contactsPerWeekday: Double, history: DemoHistory = .demo) async throws {
        try await db.write { db in
            let wrenmoor = try await council("Wrenmoor District Council", slug: "wrenmoor", on: db)
            let castlebeck = try await council("Castlebeck Borough Council", slug: "castlebeck", on: db)
            let units = try await DemoOrganisation.units(for: wrenmoor, on: db)
            let people = try await DemoOrganisation.people(for: wrenmoor, units: units, on: db)
            try await DemoOrganisation.heads(units: units, people: people, on: db)
            let councillors = try await DemoCouncillors.load(for: wrenmoor, on: db)
            let castlebeckUnits = try await DemoOrganisation.castlebeckUnits(for: castlebeck, on: db)
            let castlebeckCouncillors = try await DemoCouncillors.castlebeck(for: castlebeck, on: db)
            try await DemoPartnership.load(wrenmoor: wrenmoor, castlebeck: castlebeck,
                                           councillors: councillors, castlebeckCouncillors: castlebeckCouncillors, on: db)
            try await loadUsers(council: wrenmoor, units: units, people: people, councillors: councillors, on: db)
            let priorities = try await DemoPriorities.load(council: wrenmoor, on: db)
            try await DemoIndicators.load(council: wrenmoor, units: units, people: people, priorities: priorities,
                                          history: history, on: db)
            let wrenmoorCouncil = try await Council.find(wrenmoor, on: db)!
            try await DemoPlans.load(council: wrenmoorCouncil, units: units, priorities: priorities, on: db)
            try await DemoDecisions.load(council: wrenmoorCouncil, councillors: councillors, people: people, on: db)
            try await DemoServiceCentre.load(council: wrenmoorCouncil, units: units, contactsPerWeekday: contactsPerWeekday, on: db)
            try await DemoReports.load(council: wrenmoorCouncil, on: db)
            let other = User(councilID: castlebeck, email: "admin@castlebeck.example", name: "Rhona Devlin",
                             passwordHash: try await PasswordHash.make(password), role: .administrator, unitID: castlebeckUnits.first)
            try await other.create(on: db)
            try await DemoIndicators.castlebeck(council: castlebeck, unit: castlebeckUnits.last!, on: db)
            if history == .large {
                try await DemoLargeHistory.load(wrenmoor: wrenmoorCouncil, unit: units["Policy and Performance"]!, on: db)
            }
        }
    }

    static func council(_ name: String, slug: String, on db: Database) async throws -> UUID {
        let council = Council()
        council.name = name
        council.slug = slug
        council.nation = Nation.england
        council.callInThreshold = CouncilDefaults.callInThreshold
        council.referralThreshold = CouncilDefaults.referralThreshold
        council.callInWorkingDays = CouncilDefaults.callInWorkingDays
        council.keyDecisionThresholdPence = CouncilDefaults.keyDecisionThresholdPounds * 100
        council.shortAbandonSeconds = CouncilDefaults.shortAbandonSeconds
        council.answerWithinSeconds = CouncilDefaults.answerWithinSeconds
        council.correspondenceWorkingDays = CouncilDefaults.correspondenceWorkingDays
        council.serviceLevelTarget = CouncilDefaults.serviceLevelTarget
        council.abandonmentTarget = CouncilDefaults.abandonmentTarget
        council.open311PerMinute = CouncilDefaults.open311RequestsPerMinute
        council.open311Approval = false
        council.dataLicence = .openGovernment
        council.complaintLimits = ComplaintLimits()
        council.serviceStandardDays = CouncilDefaults.serviceStandardDays
        council.tolerancePercent = CouncilDefaults.tolerancePercent
        council.valueDueWorkingDays = CouncilDefaults.valueDueWorkingDays
        council.escalationWorkingDays = CouncilDefaults.escalationWorkingDays
        council.noChangeMargin = CouncilDefaults.noChangeMargin
        council.riskScalePoints = CouncilDefaults.riskScalePoints
        council.onTrackPercent = CouncilDefaults.onTrackPercent
        council.offTrackPercent = CouncilDefaults.offTrackPercent
        council.version = 1
        try await council.create(on: db)
        return try council.requireID()
    }

    private static func loadUsers(council: UUID, units: [String: UUID], people: [String: UUID],
                                  councillors: [String: UUID], on db: Database) async throws {
        let hash = try await PasswordHash.make(password)
        for demo in users {
            let user = User(councilID: council, email: demo.email, name: demo.name, passwordHash: hash,
                            role: demo.role, unitID: demo.unit.flatMap { units[$0] })
            user.personID = people[demo.name]
            user.councillorID = demo.role == .councillor ? councillors["Janet Holloway"] : nil
            try await user.create(on: db)
        }
    }
}
