import BeaconDomain
import Fluent
import Plot
import Vapor

/// Contacts recorded and imported, newest first, filtered by days, channel, outcome and
/// service, a hundred to a page.
struct ContactListPage {
    /// The filters, as the query string carries them.
    struct Filter: Content {
        var from: String?
        var to: String?
        var channel: String?
        var outcome: String?
        var service: String?
        var page: Int?
    }

    static let pageSize = 100

    let view: CouncilView
    let filter: Filter
    let contacts: [Contact]
    let services: [String: String]
    let mayRecord: Bool

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Contacts", context: context) {
            if mayRecord { Node<HTML.BodyContext>.p(.a(.class("button"), .href(SiteURL.contactNew(council: view.slug).path), .text("Record a contact"))) }
            filterForm
            table
            pager
        }
    }

    private var filterForm: Node<HTML.BodyContext> {
        let services = self.services.sorted { $0.value < $1.value }.map { FormField.Choice(value: $0.key, label: $0.value) }
        let fields = [
            FormField(name: "from", label: "From", control: .date, value: filter.from ?? ""),
            FormField(name: "to", label: "To", control: .date, value: filter.to ?? ""),
            FormField(name: "channel", label: "Channel", control: .select([.init(value: "", label: "Any")] + ContactChannel.choices), value: filter.channel ?? ""),
            FormField(name: "outcome", label: "Outcome", control: .select([.init(value: "", label: "Any")] + ContactOutcome.choices), value: filter.outcome ?? ""),
            FormField(name: "service", label: "Service", control: .select([.init(value: "", label: "Any")] + services), value: filter.service ?? ""),
        ]
        return .form(.method(.get), .action(SiteURL.contactList(council: view.slug).path), .class("filters"),
                     .forEach(fields) { FormView.field(for: $0, problem: nil) },
                     .button(.type(.submit), .class("button"), .text("Show contacts")))
    }

    private var table: Node<HTML.BodyContext> {
        let shown = contacts.prefix(Self.pageSize)
        guard !shown.isEmpty else { return .p(.text("No contact matches these filters.")) }
        return .table(
            .caption(.text("Contacts, newest first")),
            .thead(.tr(.th(.text("Arrived")), .th(.text("Channel")), .th(.text("Service or queue")), .th(.text("Outcome")),
                       .th(.text("Wait")), .th(.text("Handling")), .th(.text("Agent")), .th(.text("Customer")))),
            .tbody(.forEach(shown) { contact in
                .tr(.td(.text(UKTime.long(contact.arrivedAt))), .td(.text(contact.channel.title)),
                    .td(.text(services[contact.serviceCode] ?? (contact.queue.isEmpty ? "—" : contact.queue))), .td(.text(contact.outcome.title)),
                    .td(.text(contact.answeredAt.map { Self.duration($0.timeIntervalSince(contact.arrivedAt)) } ?? "not answered")),
                    .td(.text(contact.answeredAt.map { Self.duration(contact.endedAt.timeIntervalSince($0)) } ?? "—")),
                    .td(.text(contact.agent.isEmpty ? "—" : contact.agent)), .td(.text(contact.customerName ?? "—")))
            }))
    }

    private var pager: Node<HTML.BodyContext> {
        let page = max(filter.page ?? 1, 1)
        func link(_ number: Int, _ text: String) -> Node<HTML.BodyContext> {
            .a(.href(SiteURL.contactList(council: view.slug).path(query: [("from", filter.from ?? ""), ("to", filter.to ?? ""), ("channel", filter.channel ?? ""),
                                                                          ("outcome", filter.outcome ?? ""), ("service", filter.service ?? ""), ("page", String(number))])),
               .text(text))
        }
        return .nav(.ariaLabel("Pages of contacts"), .p(
            .if(page > 1, link(page - 1, "Newer contacts")),
            .if(page > 1 && contacts.count > Self.pageSize, .text(" · ")),
            .if(contacts.count > Self.pageSize, link(page + 1, "Older contacts"))))
    }

    /// `45 s`, `3 min 20 s`, `2 h 5 min`, `3 days`.
    static func duration(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded())
        switch whole {
        case ..<60: return "\(whole) s"
        case ..<3_600: return whole % 60 == 0 ? "\(whole / 60) min" : "\(whole / 60) min \(whole % 60) s"
        case ..<86_400: return "\(whole / 3_600) h \(whole % 3_600 / 60) min"
        default: return "\(whole / 86_400) day\(whole / 86_400 == 1 ? "" : "s")"
        }
    }
}
