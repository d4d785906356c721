import Plot

/// Draws forms the accessible way: an error summary that links to each field, a label for
/// every field, hints and errors tied to the field with `aria-describedby`.
enum FormView {
    typealias Problems = [(field: String, message: String)]

    static func tokenField(_ token: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(CSRFToken.field), .value(token))
    }

    /// The summary at the top of a form that failed: a heading and a link to each field.
    static func errorSummary(_ problems: Problems) -> Node<HTML.BodyContext> {
        .if(!problems.isEmpty,
            .div(.class("error-summary"), .attribute(named: "role", value: "alert"),
                 .attribute(named: "aria-labelledby", value: "error-summary-title"),
                 .h2(.id("error-summary-title"), .text("There is a problem")),
                 .ul(.forEach(problems) { problem in
                     .li(.a(.href("#field-\(problem.field)"), .text(problem.message)))
                 })))
    }

    static func form(action: String, token: String, submit: String, fields: [FormField],
                     problems: Problems, hidden: [(String, String)] = []) -> Node<HTML.BodyContext> {
        .form(.method(.post), .action(action), .attribute(named: "novalidate"),
              tokenField(token),
              .forEach(hidden) { .input(.type(.hidden), .name($0.0), .value($0.1)) },
              .forEach(fields) { item in field(for: item, problem: problems.first { $0.field == item.name }?.message) },
              .button(.type(.submit), .class("button"), .text(submit)))
    }

    static func field(for field: FormField, problem: String?) -> Node<HTML.FormContext> {
        let id = "field-\(field.name)"
        let described = [field.hint.map { _ in "\(id)-hint" }, problem.map { _ in "\(id)-error" }]
            .compactMap { $0 }.joined(separator: " ")
        if case .checkboxes(let choices) = field.control {
            return checkboxes(field, choices: choices, id: id, problem: problem)
        }
        return .div(.class(problem == nil ? "field" : "field field-error"),
                    .label(.for(id), .text(field.label), .if(!field.required, .span(.class("optional"), .text(" (optional)")))),
                    .unwrap(field.hint) { .p(.id("\(id)-hint"), .class("hint"), .text($0)) },
                    .unwrap(problem) { .p(.id("\(id)-error"), .class("error-message"), .span(.class("visually-hidden"), .text("Error: ")), .text($0)) },
                    control(field, id: id, describedBy: described, invalid: problem != nil))
    }

    private typealias Attributes = [(String, String?)]

    private static func control(_ field: FormField, id: String, describedBy: String, invalid: Bool) -> Node<HTML.FormContext> {
        var common: Attributes = [("id", id), ("name", field.name)]
        if !describedBy.isEmpty { common.append(("aria-describedby", describedBy)) }
        if invalid { common.append(("aria-invalid", "true")) }
        if field.required { common.append(("required", nil)) }
        if let token = field.autocomplete { common.append(("autocomplete", token)) }
        switch field.control {
        case .text(let max): return input("text", field, common + [("maxlength", String(max))])
        case .email: return input("email", field, common)
        case .password: return input("password", field, common)
        case .date: return input("date", field, common)
        case .dateTime: return input("datetime-local", field, common)
        case .number: return input("number", field, common + [("inputmode", "numeric")])
        case .textarea(let max):
            return .element(named: "textarea", nodes: nodes(common + [("rows", "5"), ("maxlength", String(max))]) + [.text(field.value)])
        case .select(let choices):
            return .element(named: "select", nodes: nodes(common) + choices.map { choice in
                .element(named: "option", nodes: nodes([("value", choice.value)] + (choice.value == field.value ? [("selected", nil)] : []))
                    + [.text(choice.label)])
            })
        case .suggest(let choices):
            let options: [Node<HTML.FormContext>] = choices.map { .element(named: "option", nodes: nodes([("value", $0.value), ("label", $0.label)])) }
            return .group([input("text", field, common + [("list", "\(id)-list"), ("autocomplete", "off")]),
                           .element(named: "datalist", nodes: [.id("\(id)-list")] + options)])
        case .checkboxes:
            return .empty
        }
    }

    private static func nodes(_ attributes: Attributes) -> [Node<HTML.FormContext>] {
        attributes.map { .attribute(named: $0.0, value: $0.1, ignoreIfValueIsEmpty: false) }
    }

    private static func input(_ type: String, _ field: FormField, _ attributes: Attributes) -> Node<HTML.FormContext> {
        let all: Attributes = [("type", type), ("value", field.value)] + attributes
        let escaped: [Attribute<HTML.InputContext>] = all.map { Markup.attribute($0.0, $0.1, ignoreIfValueIsEmpty: false) }
        return .selfClosedElement(named: "input", attributes: escaped)
    }

    /// One checkbox, sent as `name=yes` when ticked, with its label after it.
    static func checkbox(name: String, label: String, checked: Bool) -> Node<HTML.FormContext> {
        let id = "field-\(name)"
        return .div(.class("checkbox"),
                    input("checkbox", FormField(name: name, label: label, control: .text(max: 0), value: "yes"),
                          [("id", id), ("name", name)] + (checked ? [("checked", nil)] : [])),
                    .label(.for(id), .text(label)))
    }

    private static func checkboxes(_ field: FormField, choices: [FormField.Choice], id: String, problem: String?) -> Node<HTML.FormContext> {
        .element(named: "fieldset", nodes: [
            .class(problem == nil ? "field" : "field field-error"), .id(id),
            .element(named: "legend", text: field.label),
            .unwrap(field.hint) { .p(.class("hint"), .text($0)) },
            .unwrap(problem) { .p(.class("error-message"), .span(.class("visually-hidden"), .text("Error: ")), .text($0)) },
            .forEach(choices.enumerated()) { index, choice in
                .div(.class("checkbox"),
                     input("checkbox", FormField(name: field.name, label: choice.label, control: .text(max: 0), value: choice.value),
                           [("id", "\(id)-\(index)"), ("name", "\(field.name)[]")]
                           + (field.values.contains(choice.value) ? [("checked", nil)] : [])),
                     .label(.for("\(id)-\(index)"), .text(choice.label)))
            },
        ])
    }
}
