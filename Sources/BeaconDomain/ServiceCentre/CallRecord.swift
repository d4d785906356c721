import Foundation

/// One contact as a telephony system exports it, or as an agent records it: the row the
/// measures are computed from (customer service spec, "Call record import").
public struct CallRecord: Equatable, Sendable {
    public var contactID: String
    public var channel: ContactChannel
    /// The queue or service code; empty when the system has none.
    public var queue: String
    public var arrived: Date
    public var answered: Date?
    public var ended: Date
    public var agent: String
    public var outcome: ContactOutcome

    public init(contactID: String, channel: ContactChannel, queue: String = "", arrived: Date, answered: Date?, ended: Date,
                agent: String = "", outcome: ContactOutcome) {
        (self.contactID, self.channel, self.queue, self.arrived, self.answered) = (contactID, channel, queue, arrived, answered)
        (self.ended, self.agent, self.outcome) = (ended, agent, outcome)
    }

    /// The columns of the import format; their order in a file is free.
    public static let columns = ["contact_id", "channel", "queue", "arrived_at", "answered_at", "ended_at", "agent", "outcome"]

    /// The record as a line of the import format, its columns in the order of `columns`, times
    /// in UTC to the second; fields with a comma, a quote or a line break are quoted.
    public var csvLine: String {
        let answeredText = answered.map(ISOInstant.format) ?? ""
        return [contactID, channel.rawValue, queue, ISOInstant.format(arrived), answeredText, ISOInstant.format(ended), agent, outcome.rawValue]
            .map(Self.csvField).joined(separator: ",")
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Why a record cannot be taken, in words for the person who sent it.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    /// Checks the times and outcome agree: a contact is answered before it ends, after it
    /// arrives, and is unanswered exactly when it was abandoned (or a callback was asked for).
    public static func checked(_ record: CallRecord) -> Result<CallRecord, Problem> {
        if record.contactID.isEmpty { return .failure(Problem("contact_id is empty")) }
        if record.contactID.count > 100 { return .failure(Problem("contact_id is longer than 100 characters")) }
        if record.ended < record.arrived { return .failure(Problem("ended_at is before arrived_at")) }
        if let answered = record.answered {
            if answered < record.arrived { return .failure(Problem("answered_at is before arrived_at")) }
            if record.ended < answered { return .failure(Problem("ended_at is before answered_at")) }
            if record.outcome == .abandoned { return .failure(Problem("an abandoned contact has no answered_at")) }
        } else if record.outcome != .abandoned && record.outcome != .callback {
            return .failure(Problem("answered_at is empty but the outcome is \(record.outcome.rawValue); only abandoned or callback contacts go unanswered"))
        }
        return .success(record)
    }
}

/// Where each column of the import format sits in a file's header row.
public struct CallRecordColumns: Sendable {
    private let positions: [Int]
    public let width: Int

    /// Reads the header; refuses one missing a column of the format.
    public init(header: [String]) throws {
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let missing = CallRecord.columns.filter { !names.contains($0) }
        guard missing.isEmpty else {
            throw CallRecord.Problem("The header row lacks the column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")); it needs \(CallRecord.columns.joined(separator: ", ")).")
        }
        positions = CallRecord.columns.map { names.firstIndex(of: $0)! }
        width = header.count
    }

    /// Reads one data row.
    public func record(_ fields: [String]) -> Result<CallRecord, CallRecord.Problem> {
        guard fields.count == width else {
            return .failure(CallRecord.Problem("the row has \(fields.count) field\(fields.count == 1 ? "" : "s"), the header has \(width) (a cut-off or broken line?)"))
        }
        func field(_ index: Int) -> String { Self.trimmed(fields[positions[index]]) }
        guard let channel = ContactChannel(rawValue: field(1)) else {
            return .failure(CallRecord.Problem("channel “\(field(1))” is not one of \(ContactChannel.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        guard let arrived = ISOInstant.parse(field(3)) else { return .failure(Self.badTime("arrived_at", field(3))) }
        let answeredText = field(4)
        let answered = ISOInstant.parse(answeredText)
        if answered == nil && !answeredText.isEmpty { return .failure(Self.badTime("answered_at", answeredText)) }
        guard let ended = ISOInstant.parse(field(5)) else { return .failure(Self.badTime("ended_at", field(5))) }
        guard let outcome = ContactOutcome(rawValue: field(7)) else {
            return .failure(CallRecord.Problem("outcome “\(field(7))” is not one of \(ContactOutcome.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        return CallRecord.checked(CallRecord(contactID: field(0), channel: channel, queue: field(2), arrived: arrived, answered: answered,
                                             ended: ended, agent: field(6), outcome: outcome))
    }

    // Most fields have no spaces around them; Foundation's trimming is slow enough to show on big imports.
    private static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last, first == 32 || first == 9 || last == 32 || last == 9 else { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private static func badTime(_ column: String, _ text: String) -> CallRecord.Problem {
        CallRecord.Problem("\(column) “\(text)” is not a date-time with an offset like 2026-03-02T09:15:04+00:00")
    }
}
