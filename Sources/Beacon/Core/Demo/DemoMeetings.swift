import BeaconDomain
import Fluent
import Vapor

/// Wrenmoor's committees and meetings: a cabinet meeting held a fortnight before the first
/// run, with minutes, attendance, a declaration, an amended resolution asking for six-monthly
/// reports and a delegation to the partnership's joint committee; and the next cabinet
/// meeting, whose agenda carries the notice members referred.
enum DemoMeetings {
    typealias Context = DemoDecisions.Context

    static func load(_ context: Context) async throws {
        let db = context.db
        let cabinet = try await committee("Cabinet", .cabinet, context)
        _ = try await committee("Full Council", .council, context)
        _ = try await committee("Overview and Scrutiny Committee", .scrutiny, context)
        let held = try await meeting(cabinet, on: CalendarDate(context.daysAgo(14), in: .london), status: .held, context)
        try await heldCabinet(held, context)
        let next = try await meeting(cabinet, on: CalendarDate(context.daysAgo(-21), in: .london), status: .scheduled, context)
        try await MeetingWrite.addItem(to: next, MeetingItemInput(title: "Budget 2027/28: proposals for consultation", author: "Report of the cabinet member for finance and resources",
                                                                  report: DemoMeetingTexts.budget, key: "yes"), by: context.democratic, on: db)
        try await CabinetAgenda.placeReferredNotices(council: context.council.id!, by: context.democratic, on: db, now: context.now)
    }

    private static func heldCabinet(_ meeting: Meeting, _ context: Context) async throws {
        let (db, by) = (context.db, context.democratic)
        for (title, author, report) in DemoMeetingTexts.items {
            try await MeetingWrite.addItem(to: meeting, MeetingItemInput(title: title, author: author, report: report), by: by, on: db)
        }
        let items = try await AgendaItem.query(on: db).filter(\.$meetingID == meeting.id!).sort(\.$number).all()
        for (item, minutes) in zip(items, DemoMeetingTexts.minutes) {
            try await MeetingWrite.recordMinutes(item, MeetingItemInput(minutes: minutes, version: item.version), by: by, on: db)
        }
        for (name, attendance) in DemoMeetingTexts.attendance {
            try await MeetingWrite.recordAttendance(at: meeting, AttendanceInput(councillor: context.councillors[name]!.uuidString, attendance: attendance.rawValue), by: by, on: db)
        }
        try await MeetingWrite.declare(at: meeting, DeclarationInput(member: context.councillors["Peter Whitcombe"]!.uuidString, item: items[2].id!.uuidString,
                                                                     kind: InterestKind.otherRegistrable.rawValue, interest: DemoMeetingTexts.declaration), by: by, on: db)
        try await resolutions(items, meeting: meeting, context)
    }

    private static func resolutions(_ items: [AgendaItem], meeting: Meeting, _ context: Context) async throws {
        let (db, by, council) = (context.db, context.democratic, context.council)
        try await ResolutionWrite.resolve(items[0], meeting: meeting, ResolutionInput(moved: DemoMeetingTexts.minutesApproved), council: council, by: by, on: db)
        let due = CalendarDate(context.daysAgo(14), in: .london).adding(days: 182)
        try await ResolutionWrite.resolve(items[1], meeting: meeting, ResolutionInput(moved: DemoMeetingTexts.performanceMoved, effect: ResolutionEffect.requestReport.rawValue,
                                                                                     reportTitle: "Customer service centre progress report", dueOn: due.iso, everyMonths: "6"),
                                          council: council, by: by, on: db)
        let resolution = try await Resolution.query(on: db).filter(\.$itemID == items[1].id!).first()!
        try await ResolutionWrite.amend(resolution, ResolutionInput(movedBy: "Cllr Alan Prendergast, seconded by Cllr Harjit Sandhu",
                                                                    wording: DemoMeetingTexts.performanceAmended, carried: "yes"), by: by, on: db)
        let partnership = try await Partnership.query(on: db).first()!
        try await ResolutionWrite.resolve(items[2], meeting: meeting, ResolutionInput(moved: DemoMeetingTexts.delegationMoved, effect: ResolutionEffect.delegate.rawValue,
                                                                                     partnership: partnership.id!.uuidString, functions: DemoMeetingTexts.delegatedFunctions,
                                                                                     principles: DemoPartnership.principles, startsOn: "2027-04-01"),
                                          council: council, by: by, on: db)
    }

    private static func committee(_ name: String, _ kind: CommitteeKind, _ context: Context) async throws -> Committee {
        let committee = Committee()
        (committee.councilID, committee.name, committee.kind, committee.version) = (context.council.id!, name, kind, 1)
        try await committee.create(on: context.db)
        try await AuditTrail.record(.create, committee, before: nil, by: context.democratic, on: context.db)
        return committee
    }

    private static func meeting(_ committee: Committee, on day: CalendarDate, status: MeetingStatus, _ context: Context) async throws -> Meeting {
        let meeting = Meeting()
        (meeting.councilID, meeting.committeeID, meeting.startsAt) = (context.council.id!, committee.id!, UKTime.instant(day, hour: 18, minute: 30))
        (meeting.place, meeting.status, meeting.minutes, meeting.version) = ("Council Chamber, Civic Centre, Wrenmoor", status, "", 1)
        try await meeting.create(on: context.db)
        try await AuditTrail.record(.create, meeting, before: nil, by: context.democratic, on: context.db)
        return meeting
    }
}

/// The words of the demo cabinet meeting.
enum DemoMeetingTexts {
    static let items: [(String, String, String)] = [
        ("Minutes of the previous meeting", "Democratic services", "The minutes of the meeting held on 8 September 2026 are attached."),
        ("Customer service centre performance, April to September 2026", "Report of the cabinet member for customer services",
         "Calls answered within 20 seconds rose to 78 per cent and calls abandoned fell to 6 per cent. First-contact resolution was 71 per cent overall."),
        ("Delegation of stage 1 complaints to the Joint Customer Services Committee", "Report of the leader of the council",
         "Both partner councils are asked to delegate the handling of stage 1 complaints about customer contact to the joint committee from 1 April 2027, so residents of both councils get one answer from the shared centre."),
    ]

    static let minutes = [
        "The minutes were agreed and signed by the chair.",
        "The cabinet member for customer services introduced the report. Members asked about waiting times at the Monday peak. Cllr Prendergast moved an amendment, which was carried.",
        "The leader introduced the report. Cllr Whitcombe declared an interest and took no part in the vote.",
    ]

    static let attendance: [(String, Attendance)] = [
        ("Janet Holloway", .present), ("Robert Kinsella", .present), ("Fatima Rahman", .present), ("Peter Whitcombe", .present),
        ("Eleanor Grice", .present), ("Samuel Otway", .apologies), ("Alan Prendergast", .present),
    ]

    static let budget = "Draft revenue and capital budgets for 2027/28, with savings of £1.2 million, for public consultation from January 2027."
    static let declaration = "A member of the board of Wrenmoor Citizens Advice, which gives advice in the customer service centre."
    static let minutesApproved = "That the minutes of the meeting held on 8 September 2026 be approved as a correct record."
    static let performanceMoved = "To note the performance of the customer service centre.\nTo ask for a progress report every six months."
    static let performanceAmended = "To note the performance of the customer service centre and the fall in calls abandoned.\nTo ask for a progress report every six months, showing first-contact resolution by channel."
    static let delegationMoved = "To delegate the handling of stage 1 complaints about customer contact to the Joint Customer Services Committee from 1 April 2027, within the principles in the report.\nTo ask the Castlebeck cabinet to agree the same delegation."
    static let delegatedFunctions = "Handling stage 1 complaints about customer contact through the shared customer service centre, within each council's complaints policy"
}
