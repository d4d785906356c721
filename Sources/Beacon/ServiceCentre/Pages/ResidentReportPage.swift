import BeaconDomain
import Plot
import Vapor

/// "Report a problem or request a service", for residents, without script: find a service by
/// keyword, then one form with its questions, where it is, and optional contact details under
/// a privacy notice. The form's fields are named as Open311's, and it is raised the same way.
struct ResidentReportPage {
    let view: CouncilView
    let search: String
    let services: [Service]
    var service: Service?
    var given: Open311Submission?
    var problems: FormView.Problems = []
    let keptMonths: Int

    func render(in context: LayoutContext) -> HTML {
        let title = service.map { "Report: \($0.name)" } ?? "Report a problem or request a service"
        return Layout.page(title: title, context: context) {
            if let service {
                FormView.errorSummary(problems)
                Node<HTML.BodyContext>.p(.text(Open311Query.notice(service) + " "),
                                         .a(.href(SiteURL.report(council: view.slug).path),
                                             .text("Choose another service")))
                Node<HTML.BodyContext>.p(.text("Your details: " + privacy))
                FormView.form(action: SiteURL.reportService(council: view.slug, service: service.code).path,
                              token: context.csrfToken, submit: "Send", fields: fields(service), problems: problems)
            } else {
                chooser
            }
            Node<HTML.BodyContext>.p(.a(.href(SiteURL.track(council: view.slug).path),
                                        .text("Follow a request you have made")))
        }
    }

    private var privacy: String {
        "Your name, email address and phone number are optional. \(view.council.name) uses them only to deal "
            + "with this request and to tell you how it goes; they are never published. They are kept for "
            + "\(keptMonths) months after the request is closed and then deleted. You may ask to see them, "
            + "or to have them erased."
    }

    private var chooser: Node<HTML.BodyContext> {
        .group(
            .form(.method(.get), .action(SiteURL.report(council: view.slug).path),
                  FormView.field(for: FormField(name: "q", label: "What is it about?", control: .text(max: 100),
                                                value: search, hint: "A word or two, like bin or noise"), problem: nil),
                  .button(.type(.submit), .class("button"), .text("Search"))),
            .if(services.isEmpty,
                .p(.text("No service matches “\(search)”. Try another word, or contact the council."))),
            .ul(.forEach(services) { service in
                .li(.a(.href(SiteURL.reportService(council: view.slug, service: service.code).path),
                    .text(service.name)),
                    .text(" – \(service.group)"))
            }))
    }

    private func fields(_ service: Service) -> [FormField] {
        func value(_ name: String) -> String { given?[name] ?? "" }
        let questions = service.questions.map { question -> FormField in
            let name = "attribute[\(question.code)]"
            let choices = zip(question.keys, question.choices).map { FormField.Choice(value: $0, label: $1) }
            switch question.kind {
            case .single:
                return FormField(name: name, label: question.prompt,
                    control: .select([.prompt("Choose an answer")] + choices),
                                 value: value(name), hint: question.description.nilIfEmpty, required: question.required)
            case .multiple:
                return FormField(name: name + "[]", label: question.prompt, control: .checkboxes(choices),
                                 values: given?.fields[name + "[]"] ?? [], hint: question.description.nilIfEmpty,
                                 required: question.required)
            case .date:
                return FormField(name: name, label: question.prompt, control: .date, value: value(name),
                    required: question.required)
            case .number:
                return FormField(name: name, label: question.prompt, control: .number, value: value(name),
                    required: question.required)
            case .text:
                return FormField(name: name, label: question.prompt, control: .textarea(max: 2_000), value: value(name),
                                 hint: question.description.nilIfEmpty, required: question.required)
            }
        }
        return questions + [
            FormField(name: "description", label: "Tell us more", control: .textarea(max: 4_000),
                value: value("description"),
                      hint: "What you can see, and anything that helps us find it"),
            FormField(name: "address_string", label: "Where is it?", control: .text(max: 500),
                value: value("address_string"),
                      hint: "A street and house number, or a landmark; or give the latitude and longitude below",
                      autocomplete: "street-address"),
            FormField(name: "lat", label: "Latitude (if you know it)", control: .text(max: 30), value: value("lat"),
                      hint: "Decimal degrees, like 52.4862"),
            FormField(name: "long", label: "Longitude (if you know it)", control: .text(max: 30), value: value("long"),
                      hint: "Decimal degrees, like -1.8904"),
            FormField(name: "first_name", label: "First name", control: .text(max: 100), value: value("first_name"),
                      autocomplete: "given-name"),
            FormField(name: "last_name", label: "Last name", control: .text(max: 100), value: value("last_name"),
                      autocomplete: "family-name"),
            FormField(name: "email", label: "Email address", control: .email, value: value("email"),
                      hint: "We will email you when the request moves on", autocomplete: "email"),
            FormField(name: "phone", label: "Phone number", control: .text(max: 40), value: value("phone"),
                autocomplete: "tel"),
        ]
    }
}

/// What a resident sees once the request is sent: its reference, when it is due, and where to follow it.
struct ResidentReceiptPage {
    let view: CouncilView
    let request: ServiceRequest
    let service: Service

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Thank you: your request is \(request.reference)", context: context) {
            Node<HTML.BodyContext>.p(.text("We have your \(service.name.lowercased()) request. Its reference is "),
                                     .strong(.text(request.reference)), .text(". It is due by \(request.dueOn.long)."))
            Node<HTML.BodyContext>.p(.a(.href(SiteURL.track(council: view.slug).path(query: [("reference",
                request.reference)])),
                                        .text("Follow this request")))
        }
    }
}
