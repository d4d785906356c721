import BeaconDomain
import Fluent
import Vapor

/// The demo council's service requests (open, overdue, closed in and out of standard,
/// rejected) and complaints at every stage, dated back from the first run.
enum DemoCasework {
    static func load(council: Council, on db: Database) async throws {
        try await requests(council: council, on: db)
        try await complaints(council: council, on: db)
    }

    /// A resident with a trail across the service centre, for subject access and erasure: she
    /// reported the damp in her flat, then complained when it was not treated.
    static let resident = (name: "Margaret Ellison", email: "m.ellison@example.org", phone: "01632 960418",
                           address: "12 Orchard Close, Wrenmoor")
    static let residentRequest = "Damp and mould in the back bedroom"
    static let residentComplaint = "Damp not treated after six months"

    /// Service code, description, working days ago raised, status, working days to close (if closed).
    static let requestRows: [(String, String, Int, RequestStatus, Int?)] = [
        ("MISSED_BIN", "Recycling not collected on Elm Road", 1, .open, nil),
        ("MISSED_BIN", "Garden waste missed at 4 Mill Lane", 6, .acknowledged, nil),
        ("FLY_TIPPING", "Mattress and sofa dumped by the allotments", 9, .inProgress, nil),
        ("STREET_CLEANING", "Broken glass outside the station", 3, .closed, 2),
        ("NOISE", "Late-night music from a flat above the shops", 20, .inProgress, nil),
        ("BULKY_WASTE", "Collect a fridge freezer", 12, .closed, 8),
        ("BULKY_WASTE", "Collect a wardrobe and two chairs", 30, .closed, 14),
        ("HOUSING_REPAIR", "Damp and mould in the back bedroom", 25, .inProgress, nil),
        ("HOUSING_REPAIR", "Boiler not working", 40, .closed, 3),
        ("COUNCIL_TAX", "Single person discount not applied", 8, .closed, 5),
        ("BENEFITS", "Change of circumstances not processed", 15, .rejected, 4),
        ("FLY_TIPPING", "Builders' rubble in the lay-by", 2, .open, nil),
    ]

    private static func requests(council: Council, on db: Database) async throws {
        let councilID = try council.requireID(), calendar = council.workingDays, today = BeaconClock.current.today
        let services = try await Service.query(on: db).filter(\.$councilID == councilID).all()
        for (index, row) in requestRows.enumerated() {
            guard let service = services.first(where: { $0.code == row.0 }) else { continue }
            // Working days back, roughly: seven calendar days to five working ones.
            let raised = today.adding(days: -(row.2 * 7 / 5))
            let request = ServiceRequest()
            (request.councilID, request.reference, request.serviceID, request.departmentID) = (councilID, "SR-\(raised.year)-D\(String(format: "%05d", index + 1))", service.id!, service.departmentID)
            (request.details, request.answers, request.status, request.raisedVia, request.version) = (row.1, [:], row.3, "staff form", 1)
            (request.raisedAt, request.raisedOn) = (UKTime.instant(raised, hour: 10, minute: 15), raised)
            if row.1 == residentRequest {
                (request.reporterName, request.reporterEmail) = (resident.name, resident.email)
                (request.reporterPhone, request.address) = (resident.phone, resident.address)
            }
            request.dueOn = ResolutionStandard(workingDays: service.standardWorkingDays, calendar: calendar).due(raisedOn: raised)
            if let days = row.4 {
                let closed = calendar.adding(workingDays: days, to: raised)
                request.closedOn = closed
                request.withinStandard = row.3 == .closed ? closed <= request.due : nil
            }
            try await request.create(on: db)
            let update = RequestUpdate()
            (update.councilID, update.requestID, update.status, update.note, update.by, update.at) =
                (councilID, request.id!, row.3, row.3 == .open ? "Raised (staff form)" : "Demo: \(row.3.title.lowercased())", "Sophie Kaur", request.raisedAt)
            try await update.create(on: db)
        }
    }

    private static func complaints(council: Council, on db: Database) async throws {
        let councilID = try council.requireID(), calendar = council.workingDays, today = BeaconClock.current.today
        let units = try await Unit.query(on: db).filter(\.$councilID == councilID).all()
        func unit(_ name: String) -> UUID { units.first { $0.name == name }!.id! }
        func ago(_ days: Int) -> CalendarDate { today.adding(days: -days) }
        // Received (days ago), unit, about, then the steps taken, each a number of working days after the step before.
        let rows: [(Int, String, String, [(ComplaintStep, Int)])] = [
            (1, "Contact Centre", "Kept on hold for forty minutes", []),
            (12, "Environmental Services", "Bins missed three weeks running", []),
            (10, "Housing Services", "Repair appointment missed twice", [(.acknowledge, 2)]),
            (30, "Finance and Resources", "Council tax bill sent to the wrong address", [(.acknowledge, 1), (.extendStage1, 5)]),
            (45, "Contact Centre", "Adviser was rude on the phone", [(.acknowledge, 3), (.respondStage1, 8)]),
            (70, "Housing Services", "Damp not treated after six months", [(.acknowledge, 2), (.respondStage1, 12), (.escalate, 5)]),
            (120, "Environmental Services", "Fly-tipping left for weeks", [(.acknowledge, 4), (.respondStage1, 9), (.escalate, 3), (.acknowledgeStage2, 2), (.extendStage2, 10)]),
            (200, "Finance and Resources", "Benefit overpayment recovered without warning",
             [(.acknowledge, 1), (.respondStage1, 10), (.escalate, 6), (.acknowledgeStage2, 4), (.respondStage2, 18), (.referToOmbudsman, 20), (.recordOmbudsman, 0)]),
        ]
        for (index, row) in rows.enumerated() {
            let complaint = Complaint()
            let received = ago(row.0)
            (complaint.councilID, complaint.reference, complaint.complainantName) = (councilID, "CP-\(received.year)-D\(String(format: "%03d", index + 1))", "Demo complainant \(index + 1)")
            (complaint.unitID, complaint.about, complaint.receivedOn, complaint.remedy, complaint.learning, complaint.version) = (unit(row.1), row.2, received, "", "", 1)
            if row.2 == residentComplaint {
                (complaint.complainantName, complaint.complainantContact) = (resident.name, resident.email)
            }
            var day = received
            for (step, after) in row.3 {
                day = calendar.adding(workingDays: after, to: day)
                apply(step, on: day, to: complaint)
            }
            try await complaint.create(on: db)
        }
    }

    private static func apply(_ step: ComplaintStep, on day: CalendarDate, to complaint: Complaint) {
        switch step {
        case .acknowledge: complaint.acknowledgedOn = day
        case .extendStage1: (complaint.stage1ExtensionDays, complaint.stage1ExtensionReason) = (5, "Waiting for the bank's records")
        case .respondStage1:
            (complaint.stage1RespondedOn, complaint.stage1Outcome) = (day, ComplaintOutcome.partlyUpheld)
            (complaint.remedy, complaint.learning) = ("An apology and an explanation", "Check the case notes before calling back")
        case .escalate: complaint.escalatedOn = day
        case .acknowledgeStage2: complaint.stage2AcknowledgedOn = day
        case .extendStage2: (complaint.stage2ExtensionDays, complaint.stage2ExtensionReason) = (10, "An independent inspection is booked")
        case .respondStage2: (complaint.stage2RespondedOn, complaint.stage2Outcome) = (day, ComplaintOutcome.notUpheld)
        case .referToOmbudsman: complaint.ombudsmanReferredOn = day
        case .recordOmbudsman: (complaint.ombudsmanOutcome, complaint.ombudsmanDecision) = (ComplaintOutcome.upheld, "Fault: no warning before recovery; £150 for distress")
        }
    }
}
