import BeaconDomain
import Fluent
import Vapor

/// What a form sends to add or change a service.
struct ServiceInput: Content, VersionedInput {
    var code: String?
    var name: String?
    var group: String?
    var department: String?
    var keywords: String?
    var online: String?
    var questions: String?
    var standardWorkingDays: String?
    var version: Int?
}

extension Service: Audited, ManagedRecord {
    static let resource = Resource.services
    static let noun = "service"
    static let plural = "Services"
    static let closeAction = "Withdraw service"
    static let auditType = "service"
    static let guidance = "What the public can ask for or report: each with a code that call records and integrations use, the department that resolves it, the extra questions it asks, and its resolution standard in working days."

    var auditTitle: String { "\(name) (\(code))" }
    var auditCouncilID: UUID? { councilID }
    var closedNote: String? { closedOn.map { "Withdrawn on \($0.long)" } }

    static func listAccess(_ actor: Actor) -> Action { .readServiceCentre(council: actor.councilID) }
    static func createAccess(_ actor: Actor) -> Action { .manageServices(council: actor.councilID) }
    func changeAccess(_ actor: Actor, on db: Database) async throws -> Action { .manageServices(council: councilID) }

    static func visible(to actor: Actor, on db: Database) -> QueryBuilder<Service> {
        Service.query(on: db).filter(\.$councilID == actor.councilID).sort(\.$group).sort(\.$name)
    }

    func apply(_ input: ServiceInput, actor: Actor, on db: Database) async throws {
        var check = FormCheck()
        let code = check.required("code", input.code?.uppercased(), label: "Code", max: 40)
        let name = check.required("name", input.name, label: "Name")
        let group = check.required("group", input.group, label: "Group")
        let department = check.requiredID("department", input.department, label: "Department")
        let online = check.choice("online", input.online, label: "Requested online") as YesNo?
        let standard = check.integer("standardWorkingDays", input.standardWorkingDays, label: "Resolution standard", in: 1...365)
        let keywords = check.optional("keywords", input.keywords, label: "Keywords", max: 1_000) ?? ""
        let lines = check.optional("questions", input.questions, label: "Extra questions", max: 10_000) ?? ""
        if let code, code.range(of: "^[A-Z0-9_-]{1,40}$", options: .regularExpression) == nil {
            check.add("code", "The code may use only letters, digits, hyphens and underscores, like MISSED_BIN")
        } else if let code, try await Service.query(on: db).filter(\.$councilID == actor.councilID).filter(\.$code == code).all().contains(where: { $0.id != id }) {
            check.add("code", "Another service already has this code")
        }
        if department != nil, try await !db.exists(Unit.self, department, council: actor.councilID, councilField: \.$councilID) {
            check.add("department", "Choose a department from the list")
        }
        do { _ = try ServiceQuestion.parse(lines) } catch let problem as ServiceQuestion.Problem { check.add("questions", problem.description) }
        try check.orThrow()
        (councilID, self.code, self.name, self.group, departmentID) = (actor.councilID, code!, name!, group!, department!)
        (self.keywords, self.online, questionLines, standardWorkingDays) = (keywords, online! == .yes, lines, standard!)
    }

    func close(on day: CalendarDate) { closedOn = day }

    static func formFields(for record: Service?, input: ServiceInput?, actor: Actor, on db: Database) async throws -> [FormField] {
        let units = try await Unit.query(on: db).filter(\.$councilID == actor.councilID).filter(\.$closedOn == nil).sort(\.$name).all()
        return [
            FormField(name: "code", label: "Code", control: .text(max: 40), value: input?.code ?? record?.code ?? "",
                      hint: "Capitals, digits, hyphens and underscores, for example MISSED_BIN; call records name the service by it", required: true),
            FormField(name: "name", label: "Name", control: .text(max: 200), value: input?.name ?? record?.name ?? "",
                      hint: "As the public would say it, for example Missed bin collection", required: true),
            FormField(name: "group", label: "Group", control: .text(max: 200), value: input?.group ?? record?.group ?? "",
                      hint: "For example Waste and recycling", required: true),
            FormField(name: "department", label: "Department", control: .select([.prompt("Choose the department that resolves it")] + units.choices),
                      value: input?.department ?? record?.departmentID.uuidString ?? "", required: true),
            FormField(name: "keywords", label: "Keywords", control: .text(max: 1_000), value: input?.keywords ?? record?.keywords ?? "",
                      hint: "Other words people use, separated by commas, for example bin, rubbish, collection"),
            FormField(name: "online", label: "Can be requested online", control: .select(YesNo.choices),
                      value: input?.online ?? record.map { $0.online ? YesNo.yes.rawValue : YesNo.no.rawValue } ?? YesNo.yes.rawValue, required: true),
            FormField(name: "standardWorkingDays", label: "Resolution standard in working days", control: .number,
                      value: input?.standardWorkingDays ?? record.map { String($0.standardWorkingDays) } ?? "10", required: true),
            FormField(name: "questions", label: "Extra questions", control: .textarea(max: 10_000), value: input?.questions ?? record?.questionLines ?? "",
                      hint: "One per line: code | prompt | type (text, number, date, single, multiple) | required or optional | choices separated by ; — for example bin_type | Which bin was missed? | single | required | General waste; Recycling; Garden"),
        ]
    }

    static func table(_ records: [Service], on db: Database) async throws -> RecordTable {
        RecordTable(headers: ["Service", "Code", "Group", "Standard"], rows: records.map {
            .init(id: $0.id!, cells: [$0.name, $0.code, $0.group, "\($0.standardWorkingDays) working days"], closed: $0.closedNote)
        })
    }
}

/// A yes-or-no answer offered as a choice.
enum YesNo: String, ChoiceList {
    case yes, no
    var title: String { self == .yes ? "Yes" : "No" }
}
