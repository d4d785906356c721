import Fluent
import Plot
import Vapor

/// A list of records of one kind, a page at a time, with a link to add one.
struct RecordListPage {
    let plural: String
    let guidance: String
    let resource: Resource
    let table: RecordTable
    let page: PageMetadata
    let mayCreate: Bool
    let noun: String

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: plural, context: context) {
            Node<HTML.BodyContext>.if(!guidance.isEmpty, .p(.class("lead"), .text(guidance)))
            Node<HTML.BodyContext>.if(mayCreate, .p(.a(.class("button"), .href(SiteURL.new(resource).path), .text("Add a \(noun)"))))
            tableNode
            Pager.nav(page, url: .list(resource))
        }
    }

    private var tableNode: Node<HTML.BodyContext> {
        guard !table.rows.isEmpty else { return .p(.text("There are no \(plural.lowercased()) yet.")) }
        return .table(
            .caption(.class("visually-hidden"), .text(plural)),
            .thead(.tr(.forEach(table.headers + ["Status"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
            .tbody(.forEach(table.rows) { row in
                .tr(.forEach(row.cells.enumerated()) { index, cell in
                    index == 0
                        ? .td(.a(.href(SiteURL.edit(resource, .id(row.id)).path), .text(cell)))
                        : .td(.text(cell))
                }, .td(.text(row.closed ?? "Current")))
            })
        )
    }
}

/// Links to the previous and next pages of a list.
enum Pager {
    static func nav(_ page: PageMetadata, url: SiteURL, query: [(String, String)] = []) -> Node<HTML.BodyContext> {
        .if(page.pageCount > 1,
            .nav(.class("pager"), .ariaLabel("Pages"),
                 .p(.text("Page \(page.page) of \(page.pageCount) (\(page.total) in all)")),
                 .ul(
                    .if(page.page > 1, .li(.a(.href(url.path(query: query + [("page", String(page.page - 1))])), .text("Previous page")))),
                    .if(page.page < page.pageCount, .li(.a(.href(url.path(query: query + [("page", String(page.page + 1))])), .text("Next page"))))
                 )))
    }
}
