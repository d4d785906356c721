import BeaconDomain
import Fluent
import Vapor

/// The settings a council starts with (`CouncilDefaults`), named briefly for the forms below.
private typealias Defaults = CouncilDefaults

/// What a form or JSON body sends to add or change a council. A new council also names its
/// first administrator, who can then set up its units, people and users.
struct CouncilInput: Content, VersionedInput {
    var name: String?
    var slug: String?
    var nation: String?
    var callInThreshold: String?
    var referralThreshold: String?
    var callInWorkingDays: String?
    var keyDecisionThreshold: String?
    var serviceStandardDays: String?
    var tolerancePercent: String?
    var valueDueWorkingDays: String?
    var escalationWorkingDays: String?
    var noChangeMargin: String?
    var riskScale: String?
    var onTrackPercent: String?
    var offTrackPercent: String?
    var shortAbandonSeconds: String?
    var answerWithinSeconds: String?
    var correspondenceWorkingDays: String?
    var serviceLevelTarget: String?
    var abandonmentTarget: String?
    var open311PerMinute: String?
    var open311Approval: String?
    var dataLicence: String?
    var complaintAcknowledge: String?
    var complaintStage1: String?
    var complaintStage1Extension: String?
    var complaintStage2Acknowledge: String?
    var complaintStage2: String?
    var complaintStage2Extension: String?
    var adminName: String?
    var adminEmail: String?
    var adminPassword: String?
    var version: Int?
}

extension Council: Audited, ManagedRecord {
    static let resource = Resource.councils
    static let noun = "council"
    static let plural = "Councils"
    static let closeAction = "Close council"
    static let auditType = "council"
    static let guidance = "The councils in this deployment. A council's nation picks its bank holidays; its settings are used by decisions, service standards and indicators."

    var auditTitle: String { name }
    var auditCouncilID: UUID? { id }
    var closedNote: String? { closedOn.map { "Closed on \($0.long)" } }

    static func listAccess(_ actor: Actor) -> Action { .administer(council: actor.councilID) }
    static func createAccess(_ actor: Actor) -> Action { .createCouncil }
    func changeAccess(_ actor: Actor, on db: Database) async throws -> Action { .administer(council: id ?? UUID()) }

    static func visible(to actor: Actor, on db: Database) -> QueryBuilder<Council> {
        Council.query(on: db).sort(\.$name)
    }

    func apply(_ input: CouncilInput, actor: Actor, on db: Database) async throws {
        var check = FormCheck()
        let name = check.required("name", input.name, label: "Name")
        let slug = check.required("slug", input.slug?.lowercased(), label: "Short name for web addresses", max: 40)
        let nation: Nation? = check.choice("nation", input.nation, label: "Nation")
        let threshold = check.integer("callInThreshold", input.callInThreshold, label: "Call-in threshold", in: 1...100)
        let referral = check.integer("referralThreshold", input.referralThreshold ?? String(Defaults.referralThreshold),
                                     label: "Referral threshold", in: 1...100)
        let callInDays = check.integer("callInWorkingDays",
                                       input.callInWorkingDays ?? String(Defaults.callInWorkingDays),
                                       label: "Call-in period", in: 0...30)
        let keyThreshold = check.integer("keyDecisionThreshold",
                                         input.keyDecisionThreshold ?? String(Defaults.keyDecisionThresholdPounds),
                                         label: "Key decision threshold", in: 0...100_000_000)
        let standard = check.integer("serviceStandardDays", input.serviceStandardDays, label: "Service standard", in: 1...365)
        let tolerance = check.integer("tolerancePercent", input.tolerancePercent, label: "Tolerance", in: 0...100)
        let due = check.integer("valueDueWorkingDays",
                                input.valueDueWorkingDays ?? String(Defaults.valueDueWorkingDays),
                                label: "Values due", in: 0...60)
        let escalation = check.integer("escalationWorkingDays",
                                       input.escalationWorkingDays ?? String(Defaults.escalationWorkingDays),
                                       label: "Escalation", in: 1...60)
        let margin = check.decimal("noChangeMargin", input.noChangeMargin ?? Defaults.noChangeMargin,
                                   label: "No-change margin", in: 0...50)
        let riskScale = check.integer("riskScale", input.riskScale ?? String(Defaults.riskScalePoints),
                                      label: "Risk scale", in: 4...5)
        let onTrack = check.integer("onTrackPercent", input.onTrackPercent ?? String(Defaults.onTrackPercent),
                                    label: "On track from", in: 1...100)
        let offTrack = check.integer("offTrackPercent", input.offTrackPercent ?? String(Defaults.offTrackPercent),
                                     label: "Off track at", in: 0...99)
        let settings = ServiceCentreSettings.check(input, &check)
        let licence: DataLicence? = check.choice("dataLicence",
            input.dataLicence ?? DataLicence.openGovernment.rawValue,
                                                 label: "Open data licence")
        if let onTrack, let offTrack, offTrack >= onTrack {
            check.add("offTrackPercent", "Off track must be below on track, or no action could be at risk")
        }
        if let slug, slug.contains(where: { !($0.isLetter && $0.isASCII) && !$0.isNumber && $0 != "-" }) {
            check.add("slug", "Short name may only use letters, numbers and hyphens")
        } else if let slug, try await Council.query(on: db).filter(\.$slug == slug).all().contains(where: { $0.id != id }) {
            check.add("slug", "Another council already uses this short name")
        }
        if id == nil { try await FirstAdministrator.check(input, &check, on: db) }
        try check.orThrow()
        self.name = name!
        self.slug = slug!
        self.nation = nation!
        callInThreshold = threshold!
        referralThreshold = referral!
        callInWorkingDays = callInDays!
        keyDecisionThresholdPence = keyThreshold! * 100
        serviceStandardDays = standard!
        tolerancePercent = tolerance!
        valueDueWorkingDays = due!
        escalationWorkingDays = escalation!
        noChangeMargin = "\(margin!)"
        riskScalePoints = riskScale!
        onTrackPercent = onTrack!
        offTrackPercent = offTrack!
        dataLicence = licence!
        thresholdsChanged = id != nil && settings!.thresholds != measureThresholds
        settings!.apply(to: self)
    }

    func afterSave(_ input: CouncilInput, created: Bool, by signedIn: SignedIn, on db: Database) async throws {
        // Rollups hold counts under the thresholds they were made with; new thresholds need them worked out again.
        if thresholdsChanged { try await ContactRollups.rebuild(council: self, on: db) }
        guard created else { return }
        try await FirstAdministrator.create(input, council: requireID(), by: signedIn, on: db)
    }

    func close(on day: CalendarDate) { closedOn = day }

    static func formFields(for record: Council?, input: CouncilInput?, actor: Actor, on db: Database) async throws -> [FormField] {
        var fields = [
            FormField(name: "name", label: "Name", control: .text(max: 200), value: input?.name ?? record?.name ?? "",
                      hint: "For example Wrenmoor District Council", required: true),
            FormField(name: "slug", label: "Short name for web addresses", control: .text(max: 40), value: input?.slug ?? record?.slug ?? "",
                      hint: "Letters, numbers and hyphens, for example wrenmoor", required: true),
            FormField(name: "nation", label: "Nation", control: .select(Nation.choices),
                      value: input?.nation ?? record?.nation.rawValue ?? Nation.england.rawValue, hint: "Picks the bank holidays for working days", required: true),
            FormField(name: "callInThreshold", label: "Call-in threshold", control: .number,
                      value: Defaults.shown(input?.callInThreshold, record?.callInThreshold, Defaults.callInThreshold),
                      hint: "How many different members must ask for a decision to be called in to scrutiny", required: true),
            FormField(name: "referralThreshold", label: "Referral threshold", control: .number,
                      value: Defaults.shown(input?.referralThreshold, record?.referralThreshold,
                                            Defaults.referralThreshold),
                      hint: "How many different members must ask for a decision notice to be referred to cabinet", required: true),
            FormField(name: "callInWorkingDays", label: "Call-in period in working days", control: .number,
                      value: Defaults.shown(input?.callInWorkingDays, record?.callInWorkingDays,
                                            Defaults.callInWorkingDays),
                      hint: "A decision takes effect at 4pm on this working day after it is published; 0 for no call-in period", required: true),
            FormField(name: "keyDecisionThreshold", label: "Key decision threshold in pounds", control: .number,
                      value: Defaults.shown(input?.keyDecisionThreshold,
                                            record.map { $0.keyDecisionThresholdPence / 100 },
                                            Defaults.keyDecisionThresholdPounds),
                      hint: "A decision spending or saving more than this is a key decision, for example 500000", required: true),
            FormField(name: "serviceStandardDays", label: "Service standard in working days", control: .number,
                      value: Defaults.shown(input?.serviceStandardDays, record?.serviceStandardDays,
                                            Defaults.serviceStandardDays),
                      hint: "The default time to resolve a service request", required: true),
            FormField(name: "tolerancePercent", label: "Indicator tolerance in per cent", control: .number,
                      value: Defaults.shown(input?.tolerancePercent, record?.tolerancePercent,
                                            Defaults.tolerancePercent),
                      hint: "How far from target an indicator may be and still be amber rather than red", required: true),
            FormField(name: "valueDueWorkingDays", label: "Indicator values due, in working days after the period ends", control: .number,
                      value: Defaults.shown(input?.valueDueWorkingDays, record?.valueDueWorkingDays,
                                            Defaults.valueDueWorkingDays), required: true),
            FormField(name: "escalationWorkingDays", label: "Escalate overdue values after this many working days", control: .number,
                      value: Defaults.shown(input?.escalationWorkingDays, record?.escalationWorkingDays,
                                            Defaults.escalationWorkingDays),
                      hint: "First to the head of the owning unit, then after as many again to performance officers", required: true),
            FormField(name: "noChangeMargin", label: "No-change margin for direction of travel, in per cent", control: .text(max: 6),
                      value: input?.noChangeMargin ?? record?.noChangeMargin ?? Defaults.noChangeMargin,
                      hint: "A change smaller than this share of the earlier value counts as no change, for example 1 or 0.5", required: true),
            FormField(name: "riskScale", label: "Risk scale", control: .select([.init(value: "4", label: "1 to 4"), .init(value: "5", label: "1 to 5")]),
                      value: Defaults.shown(input?.riskScale, record?.riskScalePoints, Defaults.riskScalePoints),
                      hint: "The points on which likelihood and impact are each scored", required: true),
            FormField(name: "onTrackPercent", label: "Action on track from this per cent of expected progress", control: .number,
                      value: Defaults.shown(input?.onTrackPercent, record?.onTrackPercent,
                                            Defaults.onTrackPercent), required: true),
            FormField(name: "offTrackPercent", label: "Action off track at or below this per cent of expected progress", control: .number,
                      value: Defaults.shown(input?.offTrackPercent, record?.offTrackPercent, Defaults.offTrackPercent),
                      hint: "Between the two an action is at risk", required: true),
            FormField(name: "dataLicence", label: "Open data licence",
                      control: .select(DataLicence.allCases.map { .init(value: $0.rawValue, label: $0.title) }),
                      value: input?.dataLicence ?? record?.dataLicence.rawValue ?? DataLicence.openGovernment.rawValue,
                      hint: "The licence the data catalogue and every download are published under", required: true),
        ] + ServiceCentreSettings.fields(record, input)
        if record == nil { fields += FirstAdministrator.fields(input) }
        return fields
    }

    static func table(_ records: [Council], on db: Database) async throws -> RecordTable {
        RecordTable(headers: ["Name", "Short name", "Nation"], rows: records.map {
            .init(id: $0.id!, cells: [$0.name, $0.slug, $0.nation.title], closed: $0.closedNote)
        })
    }
}

/// The administrator created with a new council.
enum FirstAdministrator {
    static func check(_ input: CouncilInput, _ check: inout FormCheck, on db: Database) async throws {
        _ = check.required("adminName", input.adminName, label: "Administrator's name")
        if let email = check.required("adminEmail", input.adminEmail, label: "Administrator's email address", max: 254) {
            if !email.contains("@") { check.add("adminEmail", "Enter an email address like name@council.gov.uk") }
            if try await User.query(on: db).filter(\.$email == email.lowercased()).count() > 0 {
                check.add("adminEmail", "A user with this email address already exists")
            }
        }
        PasswordRule.check("adminPassword", input.adminPassword, &check)
    }

    static func create(_ input: CouncilInput, council: UUID, by signedIn: SignedIn, on db: Database) async throws {
        let user = User(councilID: council, email: input.adminEmail ?? "", name: input.adminName ?? "",
                        passwordHash: try await PasswordHash.make(input.adminPassword ?? ""), role: .administrator)
        try await user.create(on: db)
        try await AuditTrail.record(.create, user, before: nil, by: signedIn, on: db)
    }

    static func fields(_ input: CouncilInput?) -> [FormField] {
        [
            FormField(name: "adminName", label: "Administrator's name", control: .text(max: 200), value: input?.adminName ?? "", required: true),
            FormField(name: "adminEmail", label: "Administrator's email address", control: .email, value: input?.adminEmail ?? "", required: true),
            FormField(name: "adminPassword", label: "Administrator's first password", control: .password,
                      hint: PasswordRule.hint, required: true, autocomplete: "new-password"),
        ]
    }
}

/// How long a password must be. Length is what makes a password hard to guess.
enum PasswordRule {
    static let minimum = 12
    static let hint = "At least \(minimum) characters. A few unrelated words make a good password."

    static func check(_ field: String, _ password: String?, _ check: inout FormCheck) {
        guard let password, !password.isEmpty else {
            check.add(field, "Enter a password")
            return
        }
        if password.count < minimum { check.add(field, "Password must be at least \(minimum) characters") }
        if password.count > 72 { check.add(field, "Password must be 72 characters or fewer") }
    }
}
