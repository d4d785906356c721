import BeaconDomain
import Fluent
import Plot
import Vapor

/// Raising a service request from a staff form, in two steps without script: choose the
/// service, then answer its questions. Opened from a contact, it carries the contact.
struct RequestFormPage {
    let view: CouncilView
    let service: Service?
    let services: [Service]
    let fields: [FormField]
    let problems: FormView.Problems
    let contact: Int?

    static func fields(_ service: Service, _ input: RequestInput?) -> [FormField] {
        let questions = service.questions.map { question -> FormField in
            let name = "answers[\(question.code)]", value = input?.answers?[question.code] ?? ""
            switch question.kind {
            case .single: return FormField(name: name, label: question.prompt, control: .select([.prompt("Choose an answer")] + question.choices.map { .init(value: $0, label: $0) }),
                                           value: value, required: question.required)
            case .multiple: return FormField(name: name, label: question.prompt, control: .text(max: 500), value: value,
                                             hint: "One or more of: \(question.choices.joined(separator: "; ")), separated by ;", required: question.required)
            case .date: return FormField(name: name, label: question.prompt, control: .date, value: value, required: question.required)
            case .number: return FormField(name: name, label: question.prompt, control: .number, value: value, required: question.required)
            case .text: return FormField(name: name, label: question.prompt, control: .textarea(max: 2_000), value: value, required: question.required)
            }
        }
        return [FormField(name: "description", label: "What needs doing", control: .textarea(max: 4_000), value: input?.description ?? "", required: true)]
            + questions + [
                FormField(name: "address", label: "Address", control: .text(max: 500), value: input?.address ?? "", hint: "Where it is, if it is somewhere"),
                FormField(name: "latitude", label: "Latitude", control: .text(max: 30), value: input?.latitude ?? "", hint: "Decimal degrees, like 52.4862"),
                FormField(name: "longitude", label: "Longitude", control: .text(max: 30), value: input?.longitude ?? "", hint: "Decimal degrees, like -1.8904"),
                FormField(name: "reporterName", label: "Name of the person reporting", control: .text(max: 200), value: input?.reporterName ?? "", autocomplete: "off"),
                FormField(name: "reporterEmail", label: "Their email address", control: .email, value: input?.reporterEmail ?? "", autocomplete: "off"),
                FormField(name: "reporterPhone", label: "Their phone number", control: .text(max: 40), value: input?.reporterPhone ?? "", autocomplete: "off"),
            ]
    }

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: service.map { "Raise a request: \($0.name)" } ?? "Raise a service request", context: context) {
            FormView.errorSummary(problems)
            if let service {
                Node<HTML.BodyContext>.p(.text("\(service.name) is resolved within \(service.standardWorkingDays) working day\(service.standardWorkingDays == 1 ? "" : "s"). "),
                                         .a(.href(SiteURL.requestNew(council: view.slug).path(query: [("contact", contact.map(String.init) ?? "")])), .text("Choose another service")))
                FormView.form(action: SiteURL.requestList(council: view.slug).path, token: context.csrfToken, submit: "Raise request", fields: fields, problems: problems,
                              hidden: [("service", service.code)] + (contact.map { [("contact", String($0))] } ?? []))
            } else {
                Node<HTML.BodyContext>.form(.method(.get), .action(SiteURL.requestNew(council: view.slug).path),
                    .unwrap(contact) { .input(.type(.hidden), .name("contact"), .value(String($0))) },
                    FormView.field(for: FormField(name: "service", label: "Service", control: .select([.prompt("Choose a service")] + services.map { .init(value: $0.code, label: $0.name) }),
                                                  required: true), problem: problems.first { $0.field == "service" }?.message),
                    .button(.type(.submit), .class("button"), .text("Next")))
            }
        }
    }
}
