import BeaconDomain
import Fluent
import Plot
import Vapor

extension ContactFormPage {
    static func fields(_ input: ContactInput?, council: UUID, on db: Database) async throws -> [FormField] {
        let services = try await Service.query(on: db).filter(\.$councilID == council).filter(\.$closedOn == nil).sort(\.$name).all()
        let suggestions = services.map { FormField.Choice(value: $0.name, label: [$0.code, $0.keywords].filter { !$0.isEmpty }.joined(separator: " – ")) }
        return [
            FormField(name: "service", label: "Service", control: .suggest(suggestions), value: input?.service ?? "",
                      hint: "What the contact was about, for example missed bin", required: true),
            FormField(name: "channel", label: "Channel", control: .select(ContactChannel.choices), value: input?.channel ?? ContactChannel.phone.rawValue, required: true),
            FormField(name: "outcome", label: "Outcome", control: .select([.prompt("Choose what happened")] + ContactEntry.outcomes.map(\.choice)),
                      value: input?.outcome ?? "", required: true),
            FormField(name: "customerName", label: "Customer's name", control: .text(max: 200), value: input?.customerName ?? "",
                      hint: "Only if the customer gave it and it is needed", autocomplete: "off"),
            FormField(name: "customerContact", label: "Customer's phone or email", control: .text(max: 200), value: input?.customerContact ?? "",
                      autocomplete: "off"),
            FormField(name: "notes", label: "Notes", control: .textarea(max: 2_000), value: input?.notes ?? ""),
        ]
    }
}

extension Request {
    /// The council in the path, for a signed-in member of it who may do the service centre action.
    func serviceCentre(_ action: (UUID) -> Action) async throws -> (CouncilView, SignedIn) {
        let view = try await councilView()
        let signedIn = try requireOwnCouncil(view)
        try require(action(view.councilID))
        return (view, signedIn)
    }
}
