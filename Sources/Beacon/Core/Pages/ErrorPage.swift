import Plot
import Vapor

/// The page a browser sees for 400, 401, 403, 404, 409, 422 and 500.
struct ErrorPage {
    let status: HTTPResponseStatus
    let message: String
    let fields: [String: String]

    var title: String {
        switch status.code {
        case 400: "The request could not be understood"
        case 401: "Sign in to continue"
        case 403: "You do not have permission to do this"
        case 404: "Page not found"
        case 409: "This could not be saved"
        case 413: "What was sent is too large"
        case 422: "Some of what was entered needs correcting"
        case 500...599: "Sorry, there is a problem with the service"
        default: status.reasonPhrase
        }
    }

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: title, context: context) {
            Node<HTML.BodyContext>.p(.text(message))
            Node<HTML.BodyContext>.if(!fields.isEmpty, .ul(.forEach(fields.sorted { $0.key < $1.key }) { .li(.text($0.value)) }))
            Node<HTML.BodyContext>.p(.class("status-code"), .text("Error \(status.code)"))
            Node<HTML.BodyContext>.p(.a(.href(SiteURL.home.path), .text("Go to the home page")))
        }
    }
}
