import BeaconDomain
import Vapor

/// Input that names what is wrong with each field; shown as an error summary on forms and as
/// `fields` in JSON errors.
struct ValidationFailed: AbortError {
    let problems: [(field: String, message: String)]

    init(_ check: FormCheck) { problems = check.problems }
    init(field: String, _ message: String) { problems = [(field, message)] }

    var status: HTTPResponseStatus { .unprocessableEntity }
    var reason: String { "Some of what was entered needs correcting: " + problems.map(\.message).joined(separator: "; ") + "." }
}

/// A save based on an old copy of a record (optimistic concurrency): refused, not merged.
struct EditConflict: AbortError {
    let noun: String
    var status: HTTPResponseStatus { .conflict }
    var reason: String {
        "Someone else changed this \(noun) after you opened it. Reload the page to see their changes, then make yours again."
    }
}

extension FormCheck {
    /// Throws the problems found, if any, so a write stops before it changes anything.
    func orThrow() throws {
        if !isValid { throw ValidationFailed(self) }
    }
}
