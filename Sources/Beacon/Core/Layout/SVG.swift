import Plot

/// SVG drawn as Plot nodes inside a page, so its attributes and text are escaped by `Markup` like
/// everything else on the page (charts never write markup by hand).
enum SVG {
    typealias Part = Node<HTML.BodyContext>

    static func element(_ name: String, _ attributes: KeyValuePairs<String, String>, _ children: [Part] = []) -> Part {
        .element(named: name, nodes: attributes.map { Markup.node($0.key, $0.value) } + children)
    }

    static func text(_ content: String, _ attributes: KeyValuePairs<String, String>) -> Part {
        element("text", attributes, [.text(content)])
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, class name: String) -> Part {
        element("line", ["x1": "\(x1)", "y1": "\(y1)", "x2": "\(x2)", "y2": "\(y2)", "class": name])
    }

    /// An image with an accessible name from the element `titleID` names.
    static func figure(class name: String, width: Double, height: Double, labelledBy titleID: String, _ parts: [Part]) -> Part {
        element("svg", ["class": name, "viewBox": "0 0 \(Int(width)) \(Int(height))", "role": "img",
                        "aria-labelledby": titleID, "focusable": "false"], parts)
    }
}
