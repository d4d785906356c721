@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// Helpers for the decision notice tests: the demo notices by reference, and sign-ins for
/// members who have no demo user.
class DecisionTestCase: BeaconTestCase {
    func notice(_ reference: String) async throws -> DecisionNotice {
        try await record(DecisionNotice.self, where: \.$reference, is: reference)
    }

    func url(_ notice: DecisionNotice) -> SiteURL { .decision(council: "wrenmoor", .id(notice.id!)) }

    func stepURL(_ notice: DecisionNotice, _ step: NoticeStep) -> String {
        SiteURL.decisionStep(council: "wrenmoor", .id(notice.id!), step: step.rawValue).path
    }

    func responseURL(_ notice: DecisionNotice, _ kind: NoticeResponseKind) -> String {
        SiteURL.decisionResponse(council: "wrenmoor", .id(notice.id!), kind: kind.rawValue).path
    }

    /// A complete draft notice as the form sends it.
    func draftForm(_ extra: [String: String] = [:]) async throws -> [String: String] {
        let officer = try await record(Person.self, where: \.$name, is: "Helen Marsh").id!.uuidString
        let democratic = try await record(Person.self, where: \.$name, is: "Claire Hollis").id!.uuidString
        let maker = try await record(Councillor.self, where: \.$name, is: "Fatima Rahman").id!.uuidString
        return ["topic": "Opening hours of the customer service centre", "summary": "Longer opening on Thursdays.",
                "proposals": "To open until 7pm on Thursdays.\nTo review the change after a year.", "reasons": "Residents asked for evening opening.",
                "alternatives": "Saturday opening was rejected.", "resourceImplications": "£18,000 a year.", "dataProtection": "None.",
                "consultation": "Residents' panel.", "caseOfficer": officer, "democraticOfficer": democratic, "maker": maker,
                "subjectKind": "spend", "amount": "18,000"].merging(extra) { _, new in new }
    }

    /// Signs in as the named Wrenmoor member, making their user account first.
    func signInMember(_ name: String) async throws -> Browser {
        let councillor = try await record(Councillor.self, where: \.$name, is: name)
        let email = name.lowercased().replacingOccurrences(of: " ", with: ".") + "@members.wrenmoor.example"
        if try await User.query(on: app.db).filter(\.$email == email).count() == 0 {
            let user = User(councilID: councillor.councilID, email: email, name: "Cllr \(name)", passwordHash: try await PasswordHash.make(DemoData.password), role: .councillor)
            user.councillorID = councillor.id
            try await user.create(on: app.db)
        }
        return try await signIn(email)
    }

    /// Publishes a draft through the form, for the roles given, with representations open for an hour.
    func publish(_ notice: DecisionNotice, roles: [ConsulteeRole], as browser: Browser) async throws -> XCTHTTPResponse {
        var form = ["version": String(notice.version), "deadline": UKTime.local(now.addingTimeInterval(3_600))]
        for (index, role) in roles.enumerated() { form["roles[\(index)]"] = role.rawValue }
        return try await post(stepURL(notice, .publish), form, as: browser)
    }

    func reloaded(_ notice: DecisionNotice) async throws -> DecisionNotice {
        try await XCTUnwrapAsync(await DecisionNotice.find(notice.id, on: app.db))
    }
}
