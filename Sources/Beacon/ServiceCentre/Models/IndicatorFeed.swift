import BeaconDomain
import Fluent
import Vapor

/// A service centre measure bound to an indicator, with its filter: the indicator's actual
/// value for each period then comes from the rollups, marked as fed, with no retyping.
final class IndicatorFeed: Model, @unchecked Sendable {
    static let schema = "indicator_feeds"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "indicator_id") var indicatorID: UUID
    @Coded(key: "measure") var measure: ContactMeasure
    /// Empty for the measure's own channels (`ContactMeasure.defaultChannels`).
    @Field(key: "channel") var channelCode: String
    @Field(key: "queue") var queue: String
    @Field(key: "service") var serviceCode: String
    /// The first period fed starts on or after this day: the first whole period with contacts.
    @Coded(key: "from_day") var fromDay: CalendarDate
    @Field(key: "version") var version: Int

    init() {}

    var filter: RollupFilter {
        RollupFilter(channels: ContactChannel(rawValue: channelCode).map { [$0] } ?? measure.defaultChannels,
                     queue: queue.isEmpty ? nil : queue, service: serviceCode.isEmpty ? nil : serviceCode)
    }

    /// "Service level, phone, queue MISSED_BIN".
    var summary: String {
        [measure.title, ContactChannel(rawValue: channelCode)?.title.lowercased(), queue.isEmpty ? nil : "queue \(queue)",
         serviceCode.isEmpty ? nil : "service \(serviceCode)"].compactMap { $0 }.joined(separator: ", ")
    }

    static func feeds(_ indicatorID: UUID, on db: Database) async throws -> Bool {
        try await IndicatorFeed.query(on: db).filter(\.$indicatorID == indicatorID).count() > 0
    }
}

extension IndicatorFeed: Audited {
    static let auditType = "indicator feed"
    var auditTitle: String { summary }
    var auditCouncilID: UUID? { councilID }
}
