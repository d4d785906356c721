import BeaconDomain
import Fluent
import Foundation
import Vapor

/// A service request posted by an Open311 client, form-encoded as GeoReport v2 says:
/// `service_code`, a location (`lat` and `long`, `address_string` or `address_id`),
/// `attribute[code]` (and `attribute[code][]` for several values), `description`, `email`,
/// `first_name`, `last_name`, `phone`. Raised through `RequestWrite`, as a staff form's is.
struct Open311Submission: Sendable {
    /// Each field's values, in the order sent.
    let fields: [String: [String]]

    /// Reads a form body: `name=value` pairs joined by `&`, `+` for a space, `%XX` for a byte.
    /// Written by hand because Vapor's form decoder cannot hold `attribute[code]` and
    /// `attribute[code][]` in one shape, and Foundation's `URLComponents` stops the process on
    /// characters a client may well send unencoded (`[`, `]`).
    init(body: String) {
        func decoded(_ text: Substring) -> String {
            let spaced = text.replacingOccurrences(of: "+", with: " ")
            return spaced.removingPercentEncoding ?? spaced
        }
        var fields: [String: [String]] = [:]
        for pair in body.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            fields[decoded(parts[0]), default: []].append(parts.count > 1 ? decoded(parts[1]) : "")
        }
        self.fields = fields
    }

    /// The field's first value, nil when it is missing or empty (the standard treats both alike).
    subscript(name: String) -> String? {
        fields[name]?.first.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
    }

    /// What the staff form would have sent for the same request.
    func input(for service: Service) throws -> RequestInput {
        let located = (self["lat"] != nil && self["long"] != nil) || self["address_string"] != nil
            || self["address_id"] != nil
        guard located else {
            throw Open311Problem(.badRequest, "A location is required: lat and long, address_string or address_id.")
        }
        let name = [self["first_name"], self["last_name"]].compactMap { $0 }.joined(separator: " ")
        return RequestInput(service: service.code, description: self["description"] ?? service.name,
                            answers: answers(to: service.questions),
                            address: self["address_string"] ?? self["address_id"].map { "Address \($0)" },
                            latitude: self["lat"], longitude: self["long"], reporterName: name.isEmpty ? nil : name,
                            reporterEmail: self["email"], reporterPhone: self["phone"])
    }

    /// Each question's answer, a choice's key turned into its name; several values joined with `; `.
    private func answers(to questions: [ServiceQuestion]) -> [String: String] {
        var answers: [String: String] = [:]
        for question in questions {
            let given = (fields["attribute[\(question.code)]"] ?? []) + (fields["attribute[\(question.code)][]"] ?? [])
            let values = given.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !values.isEmpty else { continue }
            answers[question.code] = values.map { question.choice(keyOrName: $0) ?? $0 }.joined(separator: "; ")
        }
        return answers
    }

    /// A write's problems on the residents' form, whose fields are named as Open311's.
    static func formProblems(_ failed: ValidationFailed) -> FormView.Problems {
        renamed(failed, ["address": "address_string", "latitude": "lat", "reporterName": "first_name",
                         "reporterEmail": "email", "reporterPhone": "phone"])
    }

    /// A write's problems in Open311's names for the fields.
    static func descriptions(_ failed: ValidationFailed) -> [String] {
        let names = ["service": "service_code", "address": "address_string", "latitude": "lat and long",
                     "reporterName": "first_name and last_name", "reporterEmail": "email", "reporterPhone": "phone"]
        return renamed(failed, names).map { "\($0.field): \($0.message)" }
    }

    /// The write's problems under Open311's field names: `answers[x]` is `attribute[x]`.
    private static func renamed(_ failed: ValidationFailed, _ names: [String: String]) -> FormView.Problems {
        failed.problems.map { problem in
            let field = problem.field.hasPrefix("answers[")
                ? "attribute" + problem.field.dropFirst("answers".count) : names[problem.field] ?? problem.field
            return (field, problem.message)
        }
    }
}
