import BeaconDomain
import Fluent
import Vapor

/// The demo partnership: the two councils share a customer service centre, overseen by a
/// joint committee to which both have delegated customer-service functions.
enum DemoPartnership {
    static let functions = "Operating the shared customer service centre, including telephone, face-to-face and online contact, and setting its service standards"
    static let principles = "The joint committee works within the budget each council agrees each year; each council keeps its own complaints procedure and its statutory duties; decisions that change the services a council provides return to that council's cabinet."

    static func load(wrenmoor: UUID, castlebeck: UUID, councillors: [String: UUID],
                     castlebeckCouncillors: [String: UUID], on db: Database) async throws {
        let partnership = Partnership()
        partnership.name = "Wrenmoor and Castlebeck Customer Services Partnership"
        partnership.purpose = "The two councils run one customer service centre for residents of both areas, sharing staff, telephone systems and opening hours."
        partnership.jointCommitteeName = "Joint Customer Services Committee"
        partnership.version = 1
        try await partnership.create(on: db)
        let id = try partnership.requireID()
        try await PartnershipCouncil(partnershipID: id, councilID: wrenmoor).create(on: db)
        try await PartnershipCouncil(partnershipID: id, councilID: castlebeck).create(on: db)
        let starts = CalendarDate(year: 2024, month: 4, day: 1)!
        for (council, reference) in [(wrenmoor, "Wrenmoor Cabinet, 6 March 2024, minute 112"),
                                     (castlebeck, "Castlebeck Executive, 12 March 2024, minute 58")] {
            let delegation = Delegation()
            delegation.partnershipID = id
            delegation.councilID = council
            delegation.functions = functions
            delegation.principles = principles
            delegation.decisionReference = reference
            delegation.startsOn = starts
            delegation.version = 1
            try await delegation.create(on: db)
        }
        let seats: [(UUID, UUID?, String)] = [
            (wrenmoor, councillors["Fatima Rahman"], "Chair"), (wrenmoor, councillors["Michael Dunmore"], "Member"),
            (castlebeck, castlebeckCouncillors["Owen Tremayne"], "Vice-chair"), (castlebeck, castlebeckCouncillors["Patricia Quill"], "Member"),
        ]
        for (council, councillor, seat) in seats {
            guard let councillor else { continue }
            let member = JointCommitteeMember()
            member.partnershipID = id
            member.councilID = council
            member.councillorID = councillor
            member.seat = seat
            member.startsOn = starts
            member.version = 1
            try await member.create(on: db)
        }
    }
}
