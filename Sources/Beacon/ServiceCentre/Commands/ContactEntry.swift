import BeaconDomain
import Fluent
import Vapor

/// What the agent's contact form sends.
struct ContactInput: Content {
    var service: String?
    var channel: String?
    var outcome: String?
    var customerName: String?
    var customerContact: String?
    var notes: String?
    /// When the form was opened (ISO 8601): the contact's start, so its handling time is real.
    var startedAt: String?
}

extension ContactChannel: ChoiceList {}
extension ContactOutcome: ChoiceList {}

/// Records a contact an agent typed in: checked, then written through `ContactLog` with its
/// rollups. Contacts are never changed afterwards; each names its agent and times, which is
/// its audit record (a row in the audit trail for each of millions of contacts would double
/// the store for nothing).
enum ContactEntry {
    static let source = "agent form"
    /// An agent cannot have answered a contact the caller abandoned.
    static let outcomes = ContactOutcome.allCases.filter { $0 != .abandoned }

    /// Records the contact; returns its service and its id.
    static func record(_ input: ContactInput, council: Council, by signedIn: SignedIn, now: Date, on db: Database) async throws -> (Service, Int?) {
        var check = FormCheck()
        let named = check.required("service", input.service, label: "Service")
        let channel: ContactChannel? = check.choice("channel", input.channel, label: "Channel")
        let outcome: ContactOutcome? = check.choice("outcome", input.outcome, label: "Outcome")
        if outcome == .abandoned { check.add("outcome", "Choose what happened; a contact you handled was not abandoned") }
        let name = check.optional("customerName", input.customerName, label: "Customer's name")
        let reach = check.optional("customerContact", input.customerContact, label: "Customer's phone or email")
        let notes = check.optional("notes", input.notes, label: "Notes", max: 2_000)
        let service = try await named.asyncMap { try await Service.find(nameOrCode: $0, council: council.requireID(), on: db) } ?? nil
        if named != nil && service == nil { check.add("service", "Choose a service from the list: type part of its name or a keyword") }
        try check.orThrow()
        let started = input.startedAt.flatMap(ISOInstant.parse).flatMap { (now.addingTimeInterval(-12 * 3_600)...now).contains($0) ? $0 : nil } ?? now
        let record = CallRecord(contactID: UUID().uuidString, channel: channel!, arrived: started, answered: started, ended: now,
                                agent: signedIn.label, outcome: outcome!)
        let entry = ContactLog.Entry(record: record, serviceCode: service!.code, customerName: name, customerContact: reach, notes: notes)
        _ = try await ContactLog.write([entry], council: council, source: source, on: db)
        let number = try await ContactSource.number(council: council.requireID(), name: source, on: db)
        let saved = try await Contact.query(on: db).filter(\.$sourceNumber == number).filter(\.$sourceID == record.contactID).first()
        return (service!, saved?.id)
    }
}
