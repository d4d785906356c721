import Fluent
import Foundation

/// Wrenmoor's corporate priorities.
enum DemoPriorities {
    static let priorities = [
        ("Homes and environment", "Decent homes for everyone, and a cleaner, greener district.",
         "Bring empty homes back into use\nRecycle half of household waste\nCut the council's carbon emissions"),
        ("Customers first", "Services that are easy to reach and get things right first time.",
         "Resolve most enquiries at the first contact\nOffer every common service online\nLearn from complaints"),
        ("A well-run council", "Sound finances, a healthy workforce and open decision-making.",
         "Balance the budget over the medium term\nReduce sickness absence\nPublish decisions and performance openly"),
    ]

    static func load(council: UUID, on db: Database) async throws -> [UUID] {
        var ids: [UUID] = []
        for (index, (title, summary, objectives)) in priorities.enumerated() {
            let priority = StrategicPriority()
            priority.councilID = council
            priority.title = title
            priority.summary = summary
            priority.number = index + 1
            priority.objectives = objectives
            priority.version = 1
            try await priority.create(on: db)
            ids.append(try priority.requireID())
        }
        return ids
    }
}
