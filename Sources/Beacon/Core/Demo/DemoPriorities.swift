import Fluent
import Foundation

/// Wrenmoor's corporate priorities.
enum DemoPriorities {
    static let priorities = [
        ("Homes and environment", "Decent homes for everyone, and a cleaner, greener district."),
        ("Customers first", "Services that are easy to reach and get things right first time."),
        ("A well-run council", "Sound finances, a healthy workforce and open decision-making."),
    ]

    static func load(council: UUID, on db: Database) async throws -> [UUID] {
        var ids: [UUID] = []
        for (title, summary) in priorities {
            let priority = StrategicPriority()
            priority.councilID = council
            priority.title = title
            priority.summary = summary
            priority.version = 1
            try await priority.create(on: db)
            ids.append(try priority.requireID())
        }
        return ids
    }
}
