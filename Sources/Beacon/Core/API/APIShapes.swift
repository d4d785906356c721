import BeaconDomain

/// The API's records as the OpenAPI document describes them. A test checks every property
/// here against what the API really returns and accepts.
enum APIShapes {
    private static func string(_ name: String, nullable: Bool = false, format: String? = nil, choices: [String]? = nil) -> SchemaProperty {
        SchemaProperty(name: name, type: "string", format: format, nullable: nullable, choices: choices)
    }

    private static func id(_ name: String, nullable: Bool = false) -> SchemaProperty {
        string(name, nullable: nullable, format: "uuid")
    }

    private static let version = SchemaProperty(name: "version", type: "integer")

    static let units = APIShape(
        resource: .units, title: "Unit", description: Unit.apiDescription.lowercased(),
        returns: [id("id"), string("name"), string("kind", choices: UnitKind.allCases.map(\.rawValue)), id("parentID", nullable: true),
                  id("headPersonID", nullable: true), string("closedOn", nullable: true, format: "date"),
                  SchemaProperty(name: "formerNames", type: "array", items: "string"), version],
        accepts: [string("name"), string("kind", choices: UnitKind.allCases.map(\.rawValue)), id("parentID", nullable: true),
                  id("headPersonID", nullable: true), version],
        required: ["name", "kind"])

    static let people = APIShape(
        resource: .people, title: "Person", description: Person.apiDescription.lowercased(),
        returns: [id("id"), string("name"), string("jobTitle"), id("unitID"), string("email", nullable: true),
                  string("phone", nullable: true), string("leftOn", nullable: true, format: "date"), version],
        accepts: [string("name"), string("jobTitle"), id("unitID"), string("email", nullable: true), string("phone", nullable: true), version],
        required: ["name", "jobTitle", "unitID"])

    static let councillors = APIShape(
        resource: .councillors, title: "Councillor", description: Councillor.apiDescription.lowercased(),
        returns: [id("id"), string("name"), string("ward"), string("party"), string("email", nullable: true),
                  string("phone", nullable: true), string("leftOn", nullable: true, format: "date"),
                  SchemaProperty(name: "positions", type: "array", items: "object"), version],
        accepts: [string("name"), string("ward"), string("party"), string("email", nullable: true), string("phone", nullable: true), version],
        required: ["name", "ward", "party"])

    private static func integer(_ name: String) -> SchemaProperty { SchemaProperty(name: name, type: "integer") }

    private static let indicatorAccepts: [SchemaProperty] = [
        string("code"), string("title"), string("purpose"), string("definition"),
        string("scope", choices: IndicatorScope.allCases.map(\.rawValue)), string("nationalCode", nullable: true),
        string("unit", choices: MeasureUnit.allCases.map(\.rawValue)), integer("decimalPlaces"),
        string("polarity", choices: Polarity.allCases.map(\.rawValue)), string("frequency", choices: Frequency.allCases.map(\.rawValue)),
        id("reportingOfficerID", nullable: true), id("owningUnitID"), string("dataSource", choices: DataSource.allCases.map(\.rawValue)),
        string("formula", nullable: true), id("priorityID", nullable: true), string("firstYear"), version,
    ]

    static let indicators = APIShape(
        resource: .indicators, title: "Indicator", description: Indicator.apiDescription.lowercased(),
        returns: [id("id"), string("code"), string("title"), string("purpose"), string("definition"),
                  string("scope", choices: IndicatorScope.allCases.map(\.rawValue)), string("nationalCode", nullable: true),
                  string("unit", choices: MeasureUnit.allCases.map(\.rawValue)), integer("decimalPlaces"),
                  string("polarity", choices: Polarity.allCases.map(\.rawValue)), string("frequency", choices: Frequency.allCases.map(\.rawValue)),
                  id("reportingOfficerID", nullable: true), id("owningUnitID"), string("dataSource", choices: DataSource.allCases.map(\.rawValue)),
                  string("formula", nullable: true), id("priorityID", nullable: true), string("firstYear"), integer("revision"),
                  string("closedOn", nullable: true, format: "date"), version],
        accepts: indicatorAccepts,
        required: ["code", "title", "purpose", "definition", "scope", "unit", "polarity", "frequency", "owningUnitID", "dataSource", "firstYear"])

    static let all = [units, people, councillors, indicators]
}
