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

    /// Signs in as the named Wrenmoor member, making their user account first.
    func signInMember(_ name: String) async throws -> Browser {
        let councillor = try await record(Councillor.self, where: \.$name, is: name)
        let email = name.lowercased().replacingOccurrences(of: " ", with: ".") + "@members.wrenmoor.example"
        if try await User.query(on: app.db).filter(\.$email == email).count() == 0 {
            let user = User(councilID: councillor.councilID, email: email, name: "Cllr \(name)", passwordHash: try PasswordHash.make(DemoData.password), role: .councillor)
            user.councillorID = councillor.id
            try await user.create(on: app.db)
        }
        return try await signIn(email)
    }

    /// Publishes a draft through the form, for the roles given, with representations open for an hour.
    func publish(_ notice: DecisionNotice, roles: [ConsulteeRole], as browser: Browser) async throws -> XCTHTTPResponse {
        var form = ["version": String(notice.version), "deadline": UKTime.local(Date().addingTimeInterval(3_600))]
        for (index, role) in roles.enumerated() { form["roles[\(index)]"] = role.rawValue }
        return try await post(stepURL(notice, .publish), form, as: browser)
    }

    /// Posts a multipart form with one file, as a browser uploads.
    func multipart(_ path: String, fields: [String: String], file: (name: String, bytes: [UInt8]), as browser: Browser) async throws -> XCTHTTPResponse {
        let boundary = "beacon-test-boundary"
        var body = ByteBuffer()
        for (name, value) in fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        body.writeBytes(file.bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: browser.cookie)
        headers.add(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await app.testable().sendRequest(.POST, path, headers: headers, body: body)
    }

    func reloaded(_ notice: DecisionNotice) async throws -> DecisionNotice {
        try await XCTUnwrapAsync(await DecisionNotice.find(notice.id, on: app.db))
    }
}
