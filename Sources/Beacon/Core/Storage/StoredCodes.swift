import BeaconDomain
import Foundation

// The choices Beacon stores as codes (`@Coded`, `@OptionalCoded`): each is read back from its
// raw value, and a raw value it does not have is an error.
extension ActionScope: StoredCode {}
extension ActionStatus: StoredCode {}
extension Attendance: StoredCode {}
extension BudgetKind: StoredCode {}
extension CommitteeKind: StoredCode {}
extension ComplaintOutcome: StoredCode {}
extension ConsulteeRole: StoredCode {}
extension ContactChannel: StoredCode {}
extension DataLicence: StoredCode {}
extension ContactMeasure: StoredCode {}
extension ContactOutcome: StoredCode {}
extension DataSource: StoredCode {}
extension Frequency: StoredCode {}
extension IndicatorScope: StoredCode {}
extension InterestKind: StoredCode {}
extension KeyDecisionRoute: StoredCode {}
extension MeasureUnit: StoredCode {}
extension MeetingStatus: StoredCode {}
extension MemberRequestKind: StoredCode {}
extension MissingReason: StoredCode {}
extension Nation: StoredCode {}
extension NoticeOutcome: StoredCode {}
extension NoticeStatus: StoredCode {}
extension NoticeStep: StoredCode {}
extension NoticeSubjectKind: StoredCode {}
extension PlanStatus: StoredCode {}
extension Polarity: StoredCode {}
extension PositionKind: StoredCode {}
extension RAGStatus: StoredCode {}
extension ReportCadence: StoredCode {}
extension RequestStatus: StoredCode {}
extension ResolutionEffect: StoredCode {}
extension RetainedRecord: StoredCode {}
extension Role: StoredCode {}
extension UnitKind: StoredCode {}
extension ValueKind: StoredCode {}

// A reporting period is stored as its key, such as 2024-25-q2.
extension ReportingPeriod: StoredCode {
    public init?(storedCode: String) { self.init(key: storedCode) }
    public var storedCode: String { key }
}

extension ReportingPeriod: Codable {
    public init(from decoder: Decoder) throws {
        let key = try decoder.singleValueContainer().decode(String.self)
        guard let period = ReportingPeriod(key: key) else {
            let context = DecodingError.Context(codingPath: decoder.codingPath,
                                                debugDescription: "Not a period key: \(key)")
            throw DecodingError.dataCorrupted(context)
        }
        self = period
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(key)
    }
}

/// A value kept in a text column as JSON: read back by decoding, so text that is not this
/// value's JSON is an error like any other unknown code.
public protocol StoredAsJSON: StoredCode {}

extension StoredAsJSON {
    public init?(storedCode: String) {
        guard let value = try? JSONDecoder().decode(Self.self, from: Data(storedCode.utf8)) else { return nil }
        self = value
    }

    public var storedCode: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        // Plain strings and numbers: encoding them cannot fail.
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}

// A service request's answers to its service's questions, by question code.
extension Dictionary: StoredCode, StoredAsJSON where Key == String, Value == String {}
// An action's officer time, role by role.
extension Array: StoredCode, StoredAsJSON where Element == RoleDays {}
