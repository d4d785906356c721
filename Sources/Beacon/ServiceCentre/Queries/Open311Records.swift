import Foundation

/// What Beacon's Open311 GeoReport v2 endpoints send, named as the standard names them. Each
/// is encoded as JSON or, by `Open311Format`, as XML with the same content: a list is an array
/// in JSON and, in XML, a parent element holding one element per item.
enum Open311 {
    /// A list that is an array in JSON and `<plural><singular>…</singular>…</plural>` in XML.
    struct List<Item: Encodable & Sendable>: Encodable, Sendable {
        let items: [Item]
        /// The XML element of each item, such as `service`.
        let element: String

        func encode(to encoder: Encoder) throws {
            if encoder.userInfo[Open311Format.xmlKey] as? Bool == true {
                var container = encoder.container(keyedBy: NamedKey.self)
                try container.encode(items, forKey: NamedKey(element))
            } else {
                var container = encoder.singleValueContainer()
                try container.encode(items)
            }
        }
    }

    struct NamedKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    struct Discovery: Encodable, Sendable {
        struct Endpoint: Encodable, Sendable {
            let specification: String
            let url: String
            let changeset: String
            let type: String
            let formats: List<String>
        }

        let changeset: String
        let contact: String
        let key_service: String
        let endpoints: List<Endpoint>
    }

    struct Service: Encodable, Sendable {
        let service_code: String
        let service_name: String
        let description: String?
        let metadata: Bool
        let type: String
        let keywords: String?
        let group: String?
    }

    struct Attribute: Encodable, Sendable {
        struct Value: Encodable, Sendable {
            let key: String
            let name: String
        }

        let variable: Bool
        let code: String
        let datatype: String
        let required: Bool
        let datatype_description: String?
        let order: Int
        let description: String
        let values: List<Value>?
    }

    struct ServiceDefinition: Encodable, Sendable {
        let service_code: String
        let attributes: List<Attribute>
    }

    /// A request as the public may see it: never the reporter's name or contact details.
    struct Request: Encodable, Sendable {
        let service_request_id: String
        let status: String
        let status_notes: String?
        let service_name: String?
        let service_code: String
        let description: String?
        let agency_responsible: String?
        let service_notice: String?
        let requested_datetime: String
        let updated_datetime: String?
        let expected_datetime: String?
        let address: String?
        let lat: Double?
        let long: Double?
    }

    /// What a client is given for a request it raised.
    struct Receipt: Encodable, Sendable {
        /// Absent while a request waits for approval.
        let service_request_id: String?
        /// Given instead where the council approves requests first (`tokens/{token}`).
        var token: String? = nil
        var service_notice: String? = nil
        var account_id: String? = nil
    }

    /// One step of a request, as FixMyStreet's update extension sends it.
    struct RequestUpdate: Encodable, Sendable {
        let update_id: String
        let service_request_id: String
        let status: String
        let updated_datetime: String
        let description: String
    }

    struct Error: Encodable, Sendable {
        let code: Int
        let description: String
    }
}
