import BeaconDomain
import Fluent
import Plot
import Vapor

/// What a meeting's forms may add: an agenda item, a member's attendance, a declaration.
enum MeetingWorkKind: String, CaseIterable, Sendable {
    case items, attendance, declarations
}

/// Democratic services' page for a meeting: add agenda items, record attendance and
/// declarations; each item's minutes and resolution are on its own page.
struct MeetingManagePage {
    let record: MeetingRecord
    let slug: String
    let councillors: [FormField.Choice]
    let awaited: [FormField.Choice]
    let problems: FormView.Problems

    var meetingRef: RecordRef { .id(record.meeting.id!) }

    func render(in context: LayoutContext) -> HTML {
        let token = context.csrfToken
        return Layout.page(title: "Work on \(record.committee.name), \(UKTime.day(of: record.meeting.startsAt).long)", context: context) {
            FormView.errorSummary(problems)
            Node<HTML.BodyContext>.p(.a(.href(SiteURL.meeting(council: slug, meetingRef).path), .text("Read the meeting's page")), .text(" · "),
                                     .a(.href(SiteURL.edit(.meetings, meetingRef).path), .text("Change date, place or status")))
            Node<HTML.BodyContext>.h2(.text("Agenda items"))
            Node<HTML.BodyContext>.ol(.forEach(record.items) { entry in
                .li(.a(.href(SiteURL.meetingItem(council: slug, meetingRef, .id(entry.item.id!)).path), .text("\(entry.item.number). \(entry.item.title)")),
                    .text(entry.resolution == nil ? " – no resolution yet" : " – resolved"))
            })
            form(.items, "Add an agenda item", token: token, fields: [
                FormField(name: "title", label: "Title", control: .text(max: 300), required: true),
                FormField(name: "author", label: "Report of", control: .text(max: 300), hint: "For example Report of the cabinet member for customer services", required: true),
                FormField(name: "report", label: "Report", control: .textarea(max: 20000)),
                FormField(name: "followUp", label: "Presents a report asked for", control: .select([.none] + awaited)),
                FormField(name: "key", label: "Key decision", control: .select([.init(value: "no", label: "No"), .init(value: "yes", label: "Yes: list it in the forward plan")])),
            ])
            form(.attendance, "Record attendance", token: token, fields: [
                FormField(name: "councillor", label: "Member", control: .select([.prompt("Choose a member")] + councillors), required: true),
                FormField(name: "attendance", label: "Attendance", control: .select(Attendance.choices), required: true),
            ])
            form(.declarations, "Record a declaration of interest", token: token, fields: [
                FormField(name: "member", label: "Member declaring", control: .select([.prompt("Choose a member")] + councillors), required: true),
                FormField(name: "item", label: "Item", control: .select([.init(value: "", label: "Generally")] + record.items.map {
                    .init(value: $0.item.id!.uuidString, label: "\($0.item.number). \($0.item.title)") })),
                FormField(name: "kind", label: "Kind of interest", control: .select(InterestKind.choices), required: true),
                FormField(name: "interest", label: "The interest", control: .textarea(max: 2000), required: true),
            ])
        }
    }

    private func form(_ kind: MeetingWorkKind, _ title: String, token: String, fields: [FormField]) -> Node<HTML.BodyContext> {
        .section(.h2(.text(title)),
                 FormView.form(action: SiteURL.meetingWork(council: slug, meetingRef, kind: kind.rawValue).path, token: token, submit: title,
                               fields: fields, problems: problems))
    }
}

extension Attendance: ChoiceList {}
extension InterestKind: ChoiceList {}
extension ResolutionEffect: ChoiceList {}
