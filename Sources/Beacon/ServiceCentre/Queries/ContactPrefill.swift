import BeaconDomain
import Fluent
import Vapor

/// What an agent has already typed on a contact, carried into the request or complaint raised
/// from it, so nothing is typed twice.
enum ContactPrefill {
    /// The council's contact with this id, if there is one.
    static func contact(_ id: Int?, council: UUID, on db: Database) async throws -> Contact? {
        guard let id else { return nil }
        return try await Contact.query(on: db).filter(\.$id == id)
            .filter(\.$sourceNumber ~~ ContactSource.numbers(council: council, on: db)).first()
    }

    /// A request form started from the contact: its notes, and the caller's name and details.
    static func request(from contact: Contact, service: String?) -> RequestInput {
        let (email, phone) = details(contact.customerContact)
        return RequestInput(service: service, description: contact.notes, reporterName: contact.customerName,
                            reporterEmail: email, reporterPhone: phone, contact: contact.id)
    }

    /// A complaint form started from the contact: the caller, its service, its notes, its day.
    static func complaint(from contact: Contact) -> ComplaintInput {
        ComplaintInput(complainantName: contact.customerName, complainantContact: contact.customerContact,
                       service: contact.serviceCode.isEmpty ? nil : contact.serviceCode, about: contact.notes,
                       receivedOn: contact.day)
    }

    /// Contact details as typed: an email address when it has an @, else a phone number.
    static func details(_ text: String?) -> (email: String?, phone: String?) {
        guard let text, !text.isEmpty else { return (nil, nil) }
        return text.contains("@") ? (text, nil) : (nil, text)
    }
}
