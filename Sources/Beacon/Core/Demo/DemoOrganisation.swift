import BeaconDomain
import Fluent
import Vapor

/// The demo council's units and officers.
enum DemoOrganisation {
    /// Unit, kind, parent.
    static let structure: [(String, UnitKind, String?)] = [
        ("Wrenmoor District Council", .council, nil),
        ("Chief Executive's Department", .department, "Wrenmoor District Council"),
        ("Policy and Performance", .service, "Chief Executive's Department"),
        ("Democratic and Legal Services", .service, "Chief Executive's Department"),
        ("Customer Services Division", .division, "Wrenmoor District Council"),
        ("Contact Centre", .team, "Customer Services Division"),
        ("Complaints and Feedback", .team, "Customer Services Division"),
        ("Housing Services", .department, "Wrenmoor District Council"),
        ("Environmental Services", .department, "Wrenmoor District Council"),
        ("Finance and Resources", .department, "Wrenmoor District Council"),
    ]

    /// Name, job title, unit, phone extension.
    static let officers: [(String, String, String, String)] = [
        ("Margaret Ashdown", "Chief Executive", "Chief Executive's Department", "4001"),
        ("Daniel Okafor", "Head of Policy", "Policy and Performance", "4010"),
        ("Priya Lambert", "Research Officer", "Policy and Performance", "4012"),
        ("Tom Ridley", "Performance Officer", "Policy and Performance", "4014"),
        ("Claire Hollis", "Democratic Services Officer", "Democratic and Legal Services", "4020"),
        ("Simon Varga", "Head of Legal Services", "Democratic and Legal Services", "4022"),
        ("Helen Marsh", "Head of Customer Services", "Customer Services Division", "4100"),
        ("Gareth Pryce", "Contact Centre Manager", "Contact Centre", "4110"),
        ("Sophie Kaur", "Customer Service Adviser", "Contact Centre", "4111"),
        ("Bethan Lloyd", "Senior Customer Service Adviser", "Contact Centre", "4112"),
        ("Ruth Adebayo", "Complaints Officer", "Complaints and Feedback", "4120"),
        ("Colin Fairweather", "Head of Housing Services", "Housing Services", "4200"),
        ("Aisha Begum", "Housing Options Officer", "Housing Services", "4210"),
        ("Martin Cole", "Head of Environmental Services", "Environmental Services", "4300"),
        ("Lucy Tranter", "Waste and Recycling Officer", "Environmental Services", "4310"),
        ("Anita Shah", "Director of Finance and Resources", "Finance and Resources", "4400"),
        ("Owen Price", "Principal Accountant", "Finance and Resources", "4410"),
        ("Neil Forsyth", "ICT Systems Administrator", "Finance and Resources", "4420"),
    ]

    static func units(for council: UUID, on db: Database) async throws -> [String: UUID] {
        var ids: [String: UUID] = [:]
        let today = BeaconClock.current.today
        for (name, kind, parent) in structure {
            let unit = Unit()
            unit.councilID = council
            unit.name = name
            unit.kind = kind
            unit.parentID = parent.flatMap { ids[$0] }
            unit.version = 1
            try await unit.create(on: db)
            ids[name] = try unit.requireID()
            try await UnitName(councilID: council, unitID: ids[name]!, name: name, from: today).create(on: db)
        }
        return ids
    }

    static func people(for council: UUID, units: [String: UUID], on db: Database) async throws -> [String: UUID] {
        var ids: [String: UUID] = [:]
        for (name, title, unit, extensionNumber) in officers {
            let person = Person()
            person.councilID = council
            person.unitID = units[unit]!
            person.name = name
            person.jobTitle = title
            person.email = name.lowercased().replacingOccurrences(of: " ", with: ".") + "@wrenmoor.example"
            person.phone = "01632 96\(extensionNumber)"
            person.version = 1
            try await person.create(on: db)
            ids[name] = try person.requireID()
        }
        return ids
    }

    static func heads(units: [String: UUID], people: [String: UUID], on db: Database) async throws {
        let heads = ["Wrenmoor District Council": "Margaret Ashdown", "Chief Executive's Department": "Margaret Ashdown",
                     "Policy and Performance": "Daniel Okafor", "Democratic and Legal Services": "Simon Varga",
                     "Customer Services Division": "Helen Marsh", "Contact Centre": "Gareth Pryce",
                     "Complaints and Feedback": "Ruth Adebayo", "Housing Services": "Colin Fairweather",
                     "Environmental Services": "Martin Cole", "Finance and Resources": "Anita Shah"]
        for (unitName, personName) in heads {
            guard let unit = try await Unit.find(units[unitName], on: db) else { continue }
            unit.headPersonID = people[personName]
            try await unit.update(on: db)
        }
    }

    static func castlebeckUnits(for council: UUID, named councilName: String = "Castlebeck Borough Council",
                                on db: Database) async throws -> [UUID] {
        var ids: [UUID] = []
        for (name, kind) in [(councilName, UnitKind.council), ("Resident Services", .department)] {
            let unit = Unit()
            unit.councilID = council
            unit.name = name
            unit.kind = kind
            unit.parentID = ids.first
            unit.version = 1
            try await unit.create(on: db)
            ids.append(try unit.requireID())
        }
        return ids
    }
}
