import BeaconDomain

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
        /// A UK date and time, such as a deadline.
        case dateTime
        case number
        case select([Choice])
        case checkboxes([Choice])
        /// Free text with suggestions the browser filters as one types (a `datalist`); each
        /// choice's label is shown beside its value.
        case suggest([Choice])
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

    /// The empty first choice of a required select, saying what to choose.
    static func prompt(_ label: String) -> Self { .init(value: "", label: label) }
}

/// A fixed set of values (roles, kinds of unit…) offered in a select by their titles.
protocol ChoiceList: CaseIterable, RawRepresentable where RawValue == String {
    var title: String { get }
}

extension ChoiceList {
    static var choices: [FormField.Choice] { allCases.map(\.choice) }
    var choice: FormField.Choice { .init(value: rawValue, label: title) }
}

/// A submitted form or JSON body that may carry the version it was based on.
protocol VersionedInput: Sendable {
    var version: Int? { get }
}

extension Role: ChoiceList {}
extension UnitKind: ChoiceList {}
extension PositionKind: ChoiceList {}
extension Nation: ChoiceList {}
extension AuditChange: ChoiceList {}
