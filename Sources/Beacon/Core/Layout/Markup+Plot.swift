import Plot

// Plot's helpers that put a string into markup, declared again with the same signatures so that
// Beacon's calls resolve here and go through `Markup`'s escaping (see `Markup`). Plot's own
// components that build attributes from text (such as the head's `.title`, which adds `og:title`
// and `twitter:title`) are replaced too.

extension Node {
    static func text(_ text: String) -> Node { Markup.text(text) }

    static func attribute(named name: String, value: String?, ignoreIfValueIsEmpty: Bool = true) -> Node {
        Markup.node(name, value, ignoreIfValueIsEmpty: ignoreIfValueIsEmpty)
    }
}

extension Attribute {
    static func attribute(named name: String, value: String?) -> Self { Markup.attribute(name, value) }
}

extension Attribute where Context: HTMLContext {
    static func id(_ id: String) -> Attribute { Markup.attribute("id", id) }
    static func `class`(_ className: String) -> Attribute { Markup.attribute("class", className) }
    static func data(named name: String, value: String) -> Attribute { Markup.attribute("data-\(name)", value) }
    static func title(_ title: String) -> Attribute { Markup.attribute("title", title) }
}

extension Node where Context: HTMLContext {
    static func id(_ id: String) -> Node { Markup.node("id", id) }
    static func `class`(_ className: String) -> Node { Markup.node("class", className) }
    static func data(named name: String, value: String) -> Node { Markup.node("data-\(name)", value) }
    static func title(_ title: String) -> Node { Markup.node("title", title) }
}

extension Attribute where Context: HTMLNamableContext {
    static func name(_ name: String) -> Attribute { Markup.attribute("name", name) }
}

extension Node where Context: HTMLNamableContext {
    static func name(_ name: String) -> Node { Markup.node("name", name) }
}

extension Attribute where Context: HTMLTypeContext {
    static func type(_ type: String) -> Attribute { Markup.attribute("type", type) }
}

extension Attribute where Context: HTMLValueContext {
    static func value(_ value: String) -> Attribute { Markup.attribute("value", value) }
}

extension Node where Context: HTMLValueContext {
    static func value(_ value: String) -> Node { Markup.node("value", value) }
}

extension Attribute where Context: HTMLLinkableContext {
    static func href(_ url: URLRepresentable) -> Attribute { Markup.attribute("href", "\(url)") }
}

extension Node where Context: HTMLLinkableContext {
    static func href(_ url: URLRepresentable) -> Node { Markup.node("href", "\(url)") }
}

extension Attribute where Context: HTMLSourceContext {
    static func src(_ url: URLRepresentable) -> Attribute { Markup.attribute("src", "\(url)") }
}

extension Node where Context: HTMLSourceContext {
    static func src(_ url: URLRepresentable) -> Node { Markup.node("src", "\(url)") }
}

extension Node where Context == HTML.TimeContext {
    static func datetime(_ datetime: String) -> Node { Markup.node("datetime", datetime) }
}

extension Node where Context == HTML.FormContext {
    static func action(_ url: URLRepresentable) -> Node { Markup.node("action", "\(url)") }
}

extension Node where Context == HTML.LabelContext {
    static func `for`(_ target: String) -> Node { Markup.node("for", target) }
}

extension Attribute where Context == HTML.InputContext {
    static func placeholder(_ placeholder: String) -> Attribute { Markup.attribute("placeholder", placeholder) }
}

extension Node where Context == HTML.TextAreaContext {
    static func placeholder(_ placeholder: String) -> Node { Markup.node("placeholder", placeholder) }
}

extension Attribute where Context == HTML.OptionContext {
    static func label(_ label: String) -> Attribute { Markup.attribute("label", label, ignoreIfValueIsEmpty: false) }
}

extension Node where Context: HTMLStylableContext {
    static func style(_ css: String) -> Node { Markup.node("style", css) }
}

extension Attribute where Context == HTML.MetaContext {
    static func property(_ property: String) -> Attribute { Markup.attribute("property", property) }
    static func content(_ content: String) -> Attribute { Markup.attribute("content", content) }
}

extension Attribute where Context == HTML.ImageContext {
    static func alt(_ text: String) -> Attribute { Markup.attribute("alt", text) }
}

extension Node where Context: HTML.BodyContext {
    static func ariaLabel(_ label: String) -> Node { Markup.node("aria-label", label) }
    static func ariaControls(_ child: String) -> Node { Markup.node("aria-controls", child) }
}

extension Node where Context == HTML.HeadContext {
    /// The page's title alone: Plot's adds `og:title` and `twitter:title`, which Beacon does not use.
    static func title(_ title: String) -> Node { .element(named: "title", nodes: [Markup.text(title)]) }
}
