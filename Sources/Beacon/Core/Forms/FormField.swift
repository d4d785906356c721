/// One field of a form, described once and drawn by `FormView` with its label, hint and
/// error message.
struct FormField: Sendable {
    struct Choice: Sendable, Equatable {
        let value: String
        let label: String
    }

    enum Control: Sendable {
        case text(max: Int)
        case email
        case password
        case textarea(max: Int)
        case date
        case number
        case select([Choice])
        case checkboxes([Choice])
    }

    let name: String
    let label: String
    let control: Control
    var value: String = ""
    /// The ticked values, for checkboxes.
    var values: [String] = []
    var hint: String?
    var required = false
    /// The `autocomplete` token, so browsers and assistive tools can fill the field.
    var autocomplete: String?
}

extension FormField.Choice {
    /// The first choice of an optional select.
    static let none = FormField.Choice(value: "", label: "None")
}

/// A submitted form or JSON body that may carry the version it was based on.
protocol VersionedInput: Sendable {
    var version: Int? { get }
}
