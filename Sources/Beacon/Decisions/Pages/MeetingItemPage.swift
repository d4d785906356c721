import BeaconDomain
import Fluent
import Plot
import Vapor

/// What an agenda item's forms record: its minutes, its resolution, an amendment.
enum ItemWorkKind: String, CaseIterable, Sendable {
    case minutes, resolution, amendment, documents
}

/// Democratic services' page for one agenda item: its minutes, the resolution as moved with
/// what it does, and amendments.
struct MeetingItemPage {
    let entry: MeetingRecord.Item
    let meeting: Meeting
    let slug: String
    let plans: [FormField.Choice]
    let partnerships: [FormField.Choice]
    let resolutionInput: ResolutionInput?
    let problems: FormView.Problems

    func render(in context: LayoutContext) -> HTML {
        let item = entry.item
        return Layout.page(title: "Item \(item.number): \(item.title)", context: context) {
            FormView.errorSummary(problems)
            Node<HTML.BodyContext>.p(.a(.href(SiteURL.meetingManage(council: slug, .id(meeting.id!)).path), .text("Back to the meeting")))
            Node<HTML.BodyContext>.p(.em(.text(item.reportAuthor)))
            if let resolution = entry.resolution {
                ResolutionView(resolution: resolution, amendments: entry.amendments, followUps: entry.followUps).node()
            }
            form(.minutes, "Save the minutes", token: context.csrfToken, fields: [
                FormField(name: "minutes", label: "Minutes of this item", control: .textarea(max: 20000), value: item.minutes, required: true),
            ], hidden: [("version", String(item.version))])
            AttachedFile.form(action: SiteURL.meetingItemWork(council: slug, .id(meeting.id!), .id(item.id!), kind: ItemWorkKind.documents.rawValue).path,
                              heading: "Add a document", token: context.csrfToken)
            if let resolution = entry.resolution {
                form(.amendment, "Record an amendment", token: context.csrfToken, fields: [
                    FormField(name: "movedBy", label: "Moved by", control: .text(max: 200), value: resolutionInput?.movedBy ?? "", required: true),
                    FormField(name: "wording", label: "The resolution as amended", control: .textarea(max: 8000),
                              value: resolutionInput?.wording ?? resolution.finalWording, hint: "The whole wording, one part per line; the changed words are marked for you", required: true),
                    FormField(name: "carried", label: "Outcome", control: .select([.init(value: "yes", label: "Carried"), .init(value: "no", label: "Lost")]), required: true),
                ])
            } else {
                form(.resolution, "Record the resolution", token: context.csrfToken, fields: resolutionFields())
            }
        }
    }

    private func resolutionFields() -> [FormField] {
        let input = resolutionInput
        return [
            FormField(name: "moved", label: "The resolution as moved", control: .textarea(max: 8000), value: input?.moved ?? "", hint: "One part per line; they are numbered", required: true),
            FormField(name: "effect", label: "What it does", control: .select(ResolutionEffect.choices), value: input?.effect ?? ResolutionEffect.none.rawValue, required: true),
            FormField(name: "plan", label: "Business plan it approves", control: .select([.none] + plans), value: input?.plan ?? ""),
            FormField(name: "partnership", label: "Partnership whose joint committee receives the delegation", control: .select([.none] + partnerships), value: input?.partnership ?? ""),
            FormField(name: "functions", label: "Functions delegated", control: .textarea(max: 4000), value: input?.functions ?? ""),
            FormField(name: "principles", label: "Principles that bound the delegation", control: .textarea(max: 4000), value: input?.principles ?? ""),
            FormField(name: "startsOn", label: "Delegation starts", control: .date, value: input?.startsOn ?? ""),
            FormField(name: "reportTitle", label: "Report asked for", control: .text(max: 300), value: input?.reportTitle ?? "", hint: "For example Progress report on the customer service centre"),
            FormField(name: "dueOn", label: "Report first due", control: .date, value: input?.dueOn ?? ""),
            FormField(name: "everyMonths", label: "Then every so many months", control: .number, value: input?.everyMonths ?? "", hint: "6 for a six-monthly report; empty for once"),
        ]
    }

    private func form(_ kind: ItemWorkKind, _ title: String, token: String, fields: [FormField], hidden: [(String, String)] = []) -> Node<HTML.BodyContext> {
        .section(.h2(.text(title)),
                 FormView.form(action: SiteURL.meetingItemWork(council: slug, .id(meeting.id!), .id(entry.item.id!), kind: kind.rawValue).path,
                               token: token, submit: title, fields: fields, problems: problems, hidden: hidden))
    }
}
