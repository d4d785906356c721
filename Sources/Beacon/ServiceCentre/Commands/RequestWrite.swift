import BeaconDomain
import Fluent
import Vapor

/// What a staff form or the API sends to raise a service request.
struct RequestInput: Content {
    var service: String?
    var description: String?
    var answers: [String: String]?
    var address: String?
    var latitude: String?
    var longitude: String?
    var reporterName: String?
    var reporterEmail: String?
    var reporterPhone: String?
    /// The contact the request was raised from, when it was.
    var contact: Int?
}

/// What a form sends to update a request: its new status and a note.
struct RequestUpdateInput: Content {
    var status: String?
    var note: String?
    var version: Int?
}

/// The one place service requests are written: raised and updated, each checked, in a
/// transaction, audited, with a dated update recording the step.
enum RequestWrite {
    /// What a request form sends, checked: everything a request is made from.
    struct Checked: Sendable {
        let service: Service
        let details: String
        let answers: [String: String]
        let address: String?
        let latitude: Double?
        let longitude: Double?
        let name: String?
        let email: String?
        let phone: String?
    }

    /// Checks a request as `raise` would, writing nothing: for a request held for approval.
    static func check(_ input: RequestInput, council: Council, on db: Database) async throws -> Checked {
        let councilID = try council.requireID()
        var check = FormCheck()
        let code = check.required("service", input.service, label: "Service")
        let details = check.required("description", input.description, label: "Description", max: 4_000)
        let address = check.optional("address", input.address, label: "Address", max: 500)
        let (latitude, longitude) = coordinates(input, &check)
        let name = check.optional("reporterName", input.reporterName, label: "Name of the person reporting")
        let email = check.optional("reporterEmail", input.reporterEmail, label: "Their email address", max: 254)
        if let email, !email.contains("@") { check.add("reporterEmail", "Enter an email address like name@example.com") }
        let phone = check.optional("reporterPhone", input.reporterPhone, label: "Their phone number", max: 40)
        let service = try await code.asyncMap { try await Service.find(nameOrCode: $0, council: councilID, on: db) } ?? nil
        if code != nil && service == nil { check.add("service", "Choose a service from the list") }
        var answers: [String: String] = [:]
        if let service {
            switch ServiceQuestion.check(input.answers ?? [:], against: service.questions) {
            case .success(let checked): answers = checked
            case .failure(let problems): for problem in problems.list { check.add("answers[\(problem.code)]", problem.message) }
            }
        }
        if let contact = input.contact, try await Contact.query(on: db).filter(\.$id == contact)
            .filter(\.$sourceNumber ~~ ContactSource.numbers(council: councilID, on: db)).count() == 0 {
            check.add("contact", "There is no such contact")
        }
        try check.orThrow()
        return Checked(service: service!, details: details!, answers: answers, address: address, latitude: latitude,
                       longitude: longitude, name: name, email: email, phone: phone)
    }

    static func raise(_ input: RequestInput, council: Council, via: String, by signedIn: SignedIn?, on db: Database,
                      now: Date = BeaconClock.current.now()) async throws -> ServiceRequest {
        let councilID = try council.requireID()
        let checked = try await check(input, council: council, on: db)
        let service = checked.service
        let request = ServiceRequest()
        let today = UKTime.day(of: now)
        request.councilID = councilID
        request.serviceID = try service.requireID()
        request.departmentID = service.departmentID
        request.details = checked.details
        request.answers = checked.answers
        request.address = checked.address
        request.latitude = checked.latitude
        request.longitude = checked.longitude
        request.reporterName = checked.name
        request.reporterEmail = checked.email
        request.reporterPhone = checked.phone
        request.status = .open
        request.raisedAt = now
        request.raisedOn = today
        request.dueOn = ResolutionStandard(workingDays: service.standardWorkingDays,
            calendar: council.workingDays).due(raisedOn: today)
        (request.raisedVia, request.contactID, request.version) = (via, input.contact, 1)
        try await db.write { tx in
            request.reference = try await nextReference(council: councilID, year: today.year, on: tx)
            try await request.create(on: tx)
            try await note(request, "Raised (\(via)); due \(request.due.long).", by: signedIn, at: now, on: tx)
            try await AuditTrail.record(.create, request, before: nil, by: signedIn, on: tx)
            try await OutboxMessage.about(request, service: service.name, council: council.slug,
                at: now)?.create(on: tx)
        }
        return request
    }

    /// Moves a request on or adds a note; gives back the dated update it wrote.
    @discardableResult
    static func update(_ request: ServiceRequest, _ input: RequestUpdateInput, council: Council, by signedIn: SignedIn,
                       on db: Database, now: Date = BeaconClock.current.now()) async throws -> RequestUpdate {
        var check = FormCheck()
        let status: RequestStatus? = check.choice("status", input.status, label: "Status")
        let text = check.optional("note", input.note, label: "Note", max: 2_000)
        if let status, !request.status.next.contains(status) {
            check.add("status", request.status.isFinished ? "This request is \(request.status.title.lowercased()); raise a new one instead"
                                                           : "A request that is \(request.status.title.lowercased()) cannot go back to \(status.title.lowercased())")
        }
        if status == request.status && text == nil { check.add("note", "Write a note, or choose a new status") }
        try check.orThrow()
        let before = try AuditTrail.snapshot(request)
        let today = UKTime.day(of: now)
        let moved = request.status != status!
        request.status = status!
        if status!.isFinished {
            request.closedOn = today
            // A rejected request was not resolved, so it counts neither way.
            request.withinStandard = status == .closed ? today <= request.due : nil
        }
        return try await db.write { tx in
            try await RecordWrite.claimVersion(of: ServiceRequest.schema, id: request.requireID(), expecting: input.version ?? -1, noun: "request", on: tx)
            request.version += 1
            try await request.update(on: tx)
            let update = try await note(request, text ?? status!.title, by: signedIn, at: now, on: tx)
            try await AuditTrail.record(.update, request, before: before, by: signedIn, on: tx)
            // The reporter is told when the status moves, not of every note.
            if moved {
                let service = try await Service.find(request.serviceID, on: tx)?.name ?? "service"
                try await OutboxMessage.about(request, service: service, council: council.slug, at: now)?.create(on: tx)
            }
            return update
        }
    }

    @discardableResult
    private static func note(_ request: ServiceRequest, _ text: String, by signedIn: SignedIn?, at now: Date,
                             on db: Database) async throws -> RequestUpdate {
        let update = RequestUpdate()
        (update.councilID, update.requestID, update.status) = (request.councilID, try request.requireID(), request.status)
        (update.note, update.by, update.at) = (text, signedIn?.label ?? "Beacon", now)
        try await update.create(on: db)
        return update
    }

    private static func coordinates(_ input: RequestInput, _ check: inout FormCheck) -> (Double?, Double?) {
        let latitude = check.optional("latitude", input.latitude, label: "Latitude", max: 30)
        let longitude = check.optional("longitude", input.longitude, label: "Longitude", max: 30)
        guard latitude != nil || longitude != nil else { return (nil, nil) }
        guard let lat = latitude.flatMap(Double.init), (-90...90).contains(lat), let long = longitude.flatMap(Double.init), (-180...180).contains(long) else {
            check.add("latitude", "Give both latitude and longitude as decimal degrees, like 52.4862 and -1.8904")
            return (nil, nil)
        }
        return (lat, long)
    }

    private static func nextReference(council: UUID, year: Int, on db: Database) async throws -> String {
        let existing = try await ServiceRequest.query(on: db).filter(\.$councilID == council).field(\.$reference).all().map(\.reference)
        return YearlyReference.next(prefix: "SR-\(year)-", digits: 6, after: existing)
    }
}
